// Its own module, apart from tautan.ts (the same rule, with mailto and tel): the feed check in every badge
// needs only this one, and a bundle takes a module whole, so POLA_TAUTAN stays out of the badge.
// `\p{Cf}` is TAK_TAMPAK's class, written out as in tautan.ts (tautan.test.ts keeps them the same);
// `\p{Cc}` every control character, C1 (U+0080–U+009F) as well as C0 and DEL.
/** Only http and https: for a website or an official channel, where mailto and tel make no sense. */
export const POLA_WEB = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\p{Cc}\p{Cf}/?#\\@]+(?:[/?#][^\s\p{Cc}\p{Cf}]*)?$/u;
