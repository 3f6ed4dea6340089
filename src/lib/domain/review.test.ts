import { describe, expect, it } from 'vitest';
import { addendumKindsFor, signOffRefusal, submitRefusal } from './review';

describe('submitting a record for review', () => {
	it('takes a finished session, or the closing report, once', () => {
		expect(submitRefusal({ record: 'session', sessionStatus: 'DONE', existing: null })).toBeNull();
		expect(submitRefusal({ record: 'closingReport', sessionStatus: null, existing: null })).toBeNull();
	});

	it('refuses a session not run yet or cancelled', () => {
		expect(submitRefusal({ record: 'session', sessionStatus: 'PLANNED', existing: null })).toBe(
			'review.sessionNotDone'
		);
		expect(submitRefusal({ record: 'session', sessionStatus: 'CANCELLED', existing: null })).toBe(
			'review.sessionNotDone'
		);
	});

	it('refuses a record already waiting or signed off', () => {
		expect(submitRefusal({ record: 'session', sessionStatus: 'DONE', existing: 'REQUESTED' })).toBe(
			'review.alreadyRequested'
		);
		expect(submitRefusal({ record: 'closingReport', sessionStatus: null, existing: 'SIGNED_OFF' })).toBe(
			'review.alreadySignedOff'
		);
	});
});

describe('signing a record off', () => {
	const facts = {
		record: 'session' as const,
		existing: 'REQUESTED' as const,
		signerLeadsGroup: false,
		groupStatus: 'RUNNING' as const
	};

	it('signs off a submitted record of a group the signer does not lead', () => {
		expect(signOffRefusal(facts)).toBeNull();
	});

	it('refuses the signer’s own group before anything else', () => {
		expect(signOffRefusal({ ...facts, signerLeadsGroup: true, existing: null })).toBe('review.ownGroup');
	});

	it('refuses a record not submitted, or signed off already', () => {
		expect(signOffRefusal({ ...facts, existing: null })).toBe('review.notRequested');
		expect(signOffRefusal({ ...facts, existing: 'SIGNED_OFF' })).toBe('review.alreadySignedOff');
	});

	it('signs off the closing report only once the group is closed', () => {
		expect(signOffRefusal({ ...facts, record: 'closingReport' })).toBe('review.closeGroupFirst');
		expect(signOffRefusal({ ...facts, record: 'closingReport', groupStatus: 'CLOSED' })).toBeNull();
	});
});

describe('addenda', () => {
	it('correct what each record holds', () => {
		expect(addendumKindsFor('session')).toEqual(['ATTENDANCE', 'NOTE', 'DEBRIEF', 'SCORE']);
		expect(addendumKindsFor('closingReport')).toEqual(['SCORE', 'SUMMARY']);
	});
});
