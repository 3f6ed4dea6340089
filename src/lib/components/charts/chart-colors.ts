/** The app's palette for series (teal first, then colours that stay apart for colour-blind readers). */
export const SERIES_COLORS = ['#0f766e', '#d97706', '#2563eb', '#9333ea', '#dc2626', '#475569'];
