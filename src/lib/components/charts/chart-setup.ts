// Only the chart.js pieces these pages use are registered, to keep the bundle small.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);

export { Chart, type ChartConfiguration };

/** The app's palette for series (teal first, then colours that stay apart for colour-blind readers). */
export const SERIES_COLORS = ['#0f766e', '#d97706', '#2563eb', '#9333ea', '#dc2626', '#475569'];
