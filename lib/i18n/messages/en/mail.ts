export const mail = {
  greeting: "Hello,",
  greetingName: "Hello {name},",
  signature: "— mobilise, for the organisers",
  when: "When: {when}",
  where: "Where: {where}",
  online: "Online: {url}",
  exactPlace: "Exact place (please do not share it publicly): {where}",
  placeLater: "The exact place will be emailed to confirmed attendees from {when}.",
  actionLink: "Details: {url}",
  cancelLink: "Can't come after all? Cancel here so someone on the waitlist gets your place: {url}",
  cancelAccount: "You can cancel from your RSVPs page: {url}",
  privacy: "Only the organisers of this action can see your name and email, and they are erased after the action.",
  rsvpGoing: {
    subject: "You're going: {title}",
    body: "Your RSVP for “{title}” is confirmed.",
    guests: { one: "You are bringing {count} guest.", other: "You are bringing {count} guests." },
  },
  rsvpWaitlisted: {
    subject: "You're on the waitlist: {title}",
    body: "“{title}” is full, so you are on the waitlist at position {position}. If a place frees up you move up automatically and we email you.",
  },
  promoted: {
    subject: "A place opened up: {title}",
    body: "Good news: a place opened up and you are now going to “{title}”.",
  },
  reminder: {
    subject: "Tomorrow: {title}",
    body: "A reminder that “{title}” starts in less than a day.",
    safety: "Safety information and your rights are on the action page.",
  },
  reveal: {
    subject: "The place for {title}",
    body: "As promised, here is the exact place for “{title}”.",
  },
  commitment: {
    subject: "You're boycotting: {title}",
    body: "Thank you for joining the boycott “{title}”.",
    withdrawLink: "To withdraw later: {url}",
  },
  pledge: {
    subject: "Your pledge to {title}",
    body: "Thank you for your pledge to the drive “{title}”. The organisers will tell you how to hand it over.",
    withdrawLink: "Changed your mind? Withdraw the pledge: {url}",
  },
};
