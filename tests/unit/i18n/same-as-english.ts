/**
 * Words a language really shares with English. Anything else left equal to the English text is
 * an untranslated string and fails the catalogue test. Keep this short.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  id: ["Email", "Spam", "Status", "Administrator", "Admin", "Format"],
  es: ["Spam"],
  fr: [
    "Actions", "Administration", "Alternatives", "Boycott", "Contact", "Description", "Distance", "Exact", "Format", "Image",
    "Latitude", "Longitude", "Message", "Participation", "Places", "Source {n}", "Sources", "Spam", "Type",
  ],
  ar: [],
};
