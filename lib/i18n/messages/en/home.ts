export const home = {
  title: "Actions for Palestine near you",
  description: "Rallies, donation drives and boycotts organised by chapters of the alliance.",
  upcomingHeading: "Upcoming actions",
  empty: "No upcoming actions yet. Check back soon or ask your chapter to post one.",
  goingCount: { one: "{count} going", other: "{count} going" },
  byChapter: "by {chapter}",
  answers: "Answers: {statement}",
};
