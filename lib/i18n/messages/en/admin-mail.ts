export const adminMail = {
  greeting: "Hello,",
  signature: "— The moderators of mobilise",
  reasonLabel: "Reason:",
  noteLabel: "What to change:",
  approved: {
    subject: "Your action is live: {title}",
    body: "Good news: a moderator approved “{title}”. It is now public, and people can find it on the map and join.",
  },
  rejected: {
    subject: "Your action was not published: {title}",
    body: "A moderator decided not to publish “{title}”.",
    next: "If you think this is a mistake, or you can fix it, reply to your chapter's administrators or edit the action in your workspace:",
  },
  changes: {
    subject: "Changes requested: {title}",
    body: "A moderator looked at “{title}” and asks for some changes before it can be published. It is back in your drafts.",
    next: "Edit it and submit it again from your workspace:",
  },
};
