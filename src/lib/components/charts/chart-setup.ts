// Only the chart.js pieces these pages use are registered, to keep the bundle small. Loaded by chart-canvas.svelte
// after the page (import only types from here elsewhere, and the colours from ./chart-colors).
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
