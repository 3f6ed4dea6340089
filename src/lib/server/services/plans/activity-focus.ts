/**
 * What each built-in activity is for, in the focus words of `suggestedActivityFocus` (stages.ts). Activity
 * `themes` name populations (TEEN_EMOTION, …); these tags name the group-work purpose, so that the first
 * session is offered introductions and group norms and the last one review and farewell.
 */
const FOCUS_BY_KEY: Record<string, readonly string[]> = {
	'pre-group-interview': ['planning', 'recruitment', 'contracting'],
	'needs-survey': ['planning'],
	'recruitment-info-session': ['recruitment', 'contracting'],
	'name-chain': ['introductions', 'icebreaker'],
	'snowball-introduction': ['introductions', 'icebreaker'],
	'two-truths-one-lie': ['introductions', 'icebreaker', 'trust'],
	'find-common-ground': ['introductions', 'icebreaker', 'cohesion'],
	'group-contract': ['group-norms', 'expectations', 'contracting'],
	'expectation-tree': ['expectations', 'group-norms'],
	'mood-weather-report': ['sharing'],
	'emotion-cards': ['sharing', 'skill-building'],
	'emotion-thermometer': ['skill-building'],
	'emotion-charades': ['skill-building', 'cohesion'],
	'anger-iceberg': ['skill-building', 'reflection'],
	'abc-reframing': ['skill-building', 'problem-solving'],
	'belly-breathing': ['skill-building', 'practice'],
	'progressive-muscle-relaxation': ['skill-building', 'practice'],
	'body-scan': ['practice'],
	'circle-of-control': ['problem-solving', 'reflection'],
	'role-play': ['practice', 'skill-building', 'transfer'],
	'problem-solving-steps': ['problem-solving', 'transfer'],
	'trust-walk': ['trust', 'cohesion'],
	'human-knot': ['cohesion', 'problem-solving'],
	'paper-tower': ['cohesion', 'problem-solving'],
	'back-to-back-drawing': ['cohesion', 'skill-building'],
	'old-photos-reminiscence': ['sharing'],
	'old-songs-singalong': ['cohesion'],
	'life-review': ['reflection', 'review'],
	'skill-sharing': ['sharing', 'self-efficacy'],
	'caregiver-stress-check': ['sharing', 'reflection'],
	'self-care-plan': ['transfer', 'self-efficacy'],
	'support-network-map': ['transfer', 'reflection'],
	'i-messages': ['skill-building', 'practice'],
	'active-listening': ['skill-building', 'practice'],
	'family-sculpture': ['sharing', 'reflection'],
	'specific-praise': ['skill-building', 'practice'],
	'community-asset-mapping': ['problem-solving'],
	'dot-voting-priorities': ['problem-solving'],
	'meeting-facilitation-practice': ['practice', 'self-efficacy'],
	'project-planning': ['problem-solving', 'transfer'],
	'strengths-bombardment': ['self-efficacy', 'cohesion'],
	'gratitude-journal': ['reflection', 'transfer'],
	'goal-setting': ['expectations', 'self-efficacy'],
	'mid-group-review': ['review', 'evaluation', 'reflection'],
	'appreciation-letters': ['farewell', 'celebration'],
	'memory-book': ['review', 'farewell'],
	'certificate-ceremony': ['celebration', 'farewell'],
	'closing-circle': ['review', 'farewell'],
	'review-and-farewell': ['review', 'evaluation', 'farewell'],
	'yarn-web-farewell': ['farewell', 'celebration'],
	'letter-to-future-self': ['transfer', 'farewell']
};

/** The activity's themes plus its purpose tags, for `rankActivitiesForSession`. */
export function rankingTags(activity: { key: string | null; themes: string[] }): string[] {
	const focus = activity.key ? (FOCUS_BY_KEY[activity.key] ?? []) : [];
	return [...activity.themes, ...focus];
}
