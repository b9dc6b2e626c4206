#ifndef SWEEPEDIT_CNCURSES_SHIM_H
#define SWEEPEDIT_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects direct use of mutable C globals; these accessors read them. */
static inline WINDOW *sweepedit_stdscr(void) { return stdscr; }
static inline int sweepedit_cols(void) { return COLS; }
static inline int sweepedit_lines(void) { return LINES; }
static inline int sweepedit_colors(void) { return COLORS; }
static inline int sweepedit_color_pairs(void) { return COLOR_PAIRS; }
static inline void sweepedit_set_escdelay(int ms) { set_escdelay(ms); }
static inline chtype sweepedit_acs(char c) { return NCURSES_ACS(c); }
#endif
