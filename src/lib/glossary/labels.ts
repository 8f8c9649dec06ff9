/** How an instrument is named next to a provision: its abbreviation ("UNTOC"), or its short title when it has none. */
export const instrumentLabel = (instrument: { abbreviation?: string | undefined; shortTitle: string }): string =>
  instrument.abbreviation ?? instrument.shortTitle;
