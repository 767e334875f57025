export const organiseMail = {
  greeting: "Hello,",
  signature: "— mobilise",
  whenLabel: "When:",
  whereLabel: "Where:",
  placeOnPage: "see the action page (the exact place is shared with attendees)",
  messageLabel: "Message from the organisers:",
  changed: {
    subject: "Changed: {title}",
    body: "The time or place of “{title}” has changed. Here are the current details:",
  },
  cancelled: {
    subject: "Cancelled: {title}",
    body: "{chapter} has cancelled “{title}”.",
  },
  relocated: {
    subject: "New place: {title}",
    body: "“{title}” has moved to a new place. Please go to the new place, not the old one.",
  },
  compromised: {
    subject: "Safety notice: {title}",
    body: "The organisers of “{title}” have learned that its location is no longer safe. The location is now hidden.",
    advice: "Please do not go to the old place. Wait for news from the organisers. Your name and email address have been erased from this action.",
  },
  fromOrganisers: "A message from {chapter}, the organisers of “{title}”:",
  whyYouGetThis: "You receive this because you take part in this action. Your address is not shown to anyone else.",
  invite: {
    subject: "You are invited to organise with {chapter}",
    body: "{inviter} invited you to be an organiser of {chapter} on mobilise. Open this link to sign in:",
    expires: { one: "The link works for {count} day and only once.", other: "The link works for {count} days and only once." },
    ignore: "If you did not expect this, you can ignore this email.",
  },
};
