#ifndef SWEEPEDIT_CNCURSES_SHIM_H
#define SWEEPEDIT_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects direct use of mutable C globals; these accessors read them. */
static inline WINDOW *sweepedit_stdscr(void) { return stdscr; }
static inline WINDOW *sweepedit_curscr(void) { return curscr; }
static inline int sweepedit_cols(void) { return COLS; }
static inline int sweepedit_lines(void) { return LINES; }
static inline int sweepedit_colors(void) { return COLORS; }
static inline int sweepedit_color_pairs(void) { return COLOR_PAIRS; }
static inline void sweepedit_set_escdelay(int ms) { set_escdelay(ms); }
/* Columns a character takes in the current locale (-1: not printable). */
static inline int sweepedit_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
/* The locale's character set after setlocale, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *sweepedit_codeset(void) { return nl_langinfo(CODESET); }
/* Attribute bits are function-like macros in curses.h, which Swift does not import. */
static inline attr_t sweepedit_a_bold(void) { return A_BOLD; }
static inline attr_t sweepedit_a_dim(void) { return A_DIM; }
static inline attr_t sweepedit_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sweepedit_a_reverse(void) { return A_REVERSE; }
static inline attr_t sweepedit_a_italic(void) { return A_ITALIC; }
static inline attr_t sweepedit_a_blink(void) { return A_BLINK; }
static inline attr_t sweepedit_a_standout(void) { return A_STANDOUT; }
#endif
