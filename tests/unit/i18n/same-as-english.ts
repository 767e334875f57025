/**
 * Words a language really shares with English. Anything else left equal to the English text is
 * an untranslated string and fails the catalogue test. Keep this short.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  id: ["Email", "Spam", "Status", "Administrator", "Admin", "Format", "Menu"],
  es: ["Spam", "kits"],
  fr: [
    "Actions", "Administration", "Alternatives", "Boycott", "Contact", "Description", "Distance", "Exact", "Format", "Image",
    "Latitude", "Longitude", "Menu", "Message", "Participation", "Places", "Source {n}", "Sources", "Spam", "Type", "litres", "sachets", "tubes",
  ],
  ar: [],
  // Everyday Taglish: the English word is what Filipino workers say and read.
  tl: [
    "Accessibility", "Address", "Admin", "Administrator", "Anonymous", "Audit log", "Brand", "Breadcrumb", "Chapter", "Chapter: {chapter}",
    "Currency", "Dashboard", "Donation drive", "Draft", "Email", "Email address", "Latitude", "Legal observer", "Longitude", "Menu", "Online",
    "Online link", "Online: {url}", "Outbox (development)", "Password", "Preview", "Preview ({language})", "Profile", "Rally", "Role",
    "RSVP {time}", "Spam", "Status", "Time zone", "Venue", "Web address",
  ],
  "zh-Hant": [],
  pt: ["Item", "Latitude", "Longitude", "Menu", "Online", "Online: {url}", "Spam", "kits"],
};
