export const commitment = {
  heading: "Join the boycott",
  count: { one: "{count} person is boycotting", other: "{count} people are boycotting" },
  commit: "I'm boycotting",
  submitting: "Sending…",
  chooseTier: "How do you want to join?",
  tierEmail: "With my email",
  tierEmailHint: "We email you a link to withdraw later. Only the organisers see your email.",
  tierHeadcount: "Just count me, anonymously",
  tierHeadcountHint: "We store nothing about you. This browser keeps a code so you can withdraw.",
  emailLabel: "Email",
  committed: "You're boycotting. Thank you for standing with us.",
  withdraw: "Withdraw",
  withdrawing: "Withdrawing…",
  withdrawn: "You have withdrawn from this boycott.",
  noscript: {
    intro: "JavaScript is off, so here is the simple form. Leave your email to get a link to withdraw later; without it you are counted anonymously.",
    mailed: "We emailed you a link to withdraw.",
  },
  fields: {
    email: "Enter a valid email address.",
    generic: "Check this field.",
  },
};
