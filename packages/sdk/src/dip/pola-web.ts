// Its own module, apart from tautan.ts (the same rule, with mailto and tel): the feed check in every badge
// needs only this one, and a bundle takes a module whole, so POLA_TAUTAN stays out of the badge.
// `\p{Cf}` is TAK_TAMPAK's class, written out as in tautan.ts (tautan.test.ts keeps them the same).
/* eslint-disable no-control-regex -- control characters are exactly what must be refused */
/** Only http and https: for a website or an official channel, where mailto and tel make no sense. */
export const POLA_WEB =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\0-\x1F\x7F\p{Cf}/?#\\@]+(?:[/?#][^\s\0-\x1F\x7F\p{Cf}]*)?$/u;
/* eslint-enable no-control-regex */
