export const common = {
  appName: "mobilise",
  tagline: "Solidarity actions near you",
  skipToContent: "Skip to main content",
  nav: {
    main: "Main",
    home: "Actions",
    statements: "Statements",
    chapters: "Chapters",
    signIn: "Sign in",
    account: "My account",
    organise: "Organise",
    admin: "Admin",
  },
  language: "Language",
  loading: "Loading…",
  footer: {
    about: "mobilise is free software for solidarity mobilisation.",
    privacy: "We store no IP addresses and keep attendee data only as long as needed.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist or is no longer public.",
    genericTitle: "Something went wrong",
    genericBody: "Please try again. If it keeps happening, tell the organisers.",
    retry: "Try again",
    backHome: "Back to actions",
  },
  kinds: {
    RALLY: "Rally",
    DONATION_DRIVE: "Donation drive",
    BOYCOTT: "Boycott",
  },
  modes: {
    IN_PERSON: "In person",
    ONLINE: "Online",
    HYBRID: "In person and online",
  },
};
