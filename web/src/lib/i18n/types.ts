// The shape of a message file (messages/*.ts): every key holds its text in every language, so a
// message without English (or Swedish) does not compile. Placeholders are written {name}.
export type Locale = 'sv' | 'en'
export type Message = Record<Locale, string>
export type Messages = Record<string, Message>
