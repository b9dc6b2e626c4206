// The ThemeFiles module: the .theme files of this folder, compiled in as EmbeddedThemeFiles by
// the EmbedThemes build plugin. This file only makes the folder a Swift target.
