/**
 * Which glossary guides and cooperation tools apply to a State, from its treaty participation only. The
 * Convention's cooperation tools (the cooperation-tools guide) bind States Parties to the Convention; the
 * smuggling-or-trafficking guide compares the two Protocols' definitions, so it is offered when the data
 * shows a deposit for both. Where the data shows no deposit, nothing is listed as applying, and the page
 * says why: a gap in our sources is not a finding that a treaty does not apply.
 */
import type { GuideId } from '#src/lib/site/routes.ts';
import type { Participation, TreatyGlossaryId, TreatyName } from './treaty.ts';

/** A need of the cooperation-tools guide, with its tools' term ids. */
export interface GuideNeed {
  id: string;
  need: string;
  tools: readonly { term: string }[];
}

export interface ApplicableTools {
  /** Treaties with a deposit in the data: their glossary instrument. */
  instruments: { instrument: TreatyName; glossary: TreatyGlossaryId }[];
  /** Treaties without a deposit in the data, with what the data shows instead. */
  withoutDeposit: { instrument: TreatyName; status: Participation['status'] }[];
  guides: GuideId[];
  /** Cooperation tools of the Convention, by need: only when the data shows a deposit for the Convention. */
  needs: { id: string; need: string; terms: string[] }[];
}

export function applicableTools(participation: readonly Participation[], needs: readonly GuideNeed[]): ApplicableTools {
  const party = (name: TreatyName) => participation.find((p) => p.instrument === name)?.status === 'deposit';
  const instruments = participation
    .filter((p) => p.status === 'deposit')
    .map(({ instrument, glossary }) => ({ instrument, glossary }));
  const withoutDeposit = participation
    .filter((p) => p.status !== 'deposit')
    .map(({ instrument, status }) => ({ instrument, status }));
  const guides: GuideId[] = [];
  if (party('UNTOC')) guides.push('cooperation-tools');
  if (party('SOM Protocol') && party('TIP Protocol')) guides.push('smuggling-or-trafficking');
  const convention = party('UNTOC')
    ? needs
        .map((n) => ({
          id: n.id,
          need: n.need,
          terms: n.tools.map((tool) => tool.term).filter((term) => term.startsWith('untoc/')),
        }))
        .filter((n) => n.terms.length > 0)
    : [];
  return { instruments, withoutDeposit, guides, needs: convention };
}
