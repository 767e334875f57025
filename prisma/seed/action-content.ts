import type { BoycottTargetKind } from "../../lib/generated/prisma/enums";
import type { SeedChapter } from "./chapters";
import type { Rng } from "./util";

/** Text for the demo actions. Every company, brand and venue named here is fictional. */

export type Copy = { title: string; description: string };
export type CopyContext = { chapter: SeedChapter; venue: string | null; district: string; rng: Rng };

const STATEMENT_LINK = "the IMA's call to *mobilise in our millions for Palestine*";

/** Index i is scheduled in slot i % 4 (see action-plan.ts), so vigils land in the evening. */
const rallyTitles: ReadonlyArray<(c: CopyContext) => string> = [
  (c) => `Rally for Palestine at ${c.venue ?? c.chapter.city}`,
  () => "Picket Against the Arms Trade",
  () => "Migrant Workers March for a Free Palestine",
  (c) => `Candlelight Vigil for Gaza at ${c.venue ?? c.chapter.city}`,
  (c) => `Stop the Genocide: ${c.chapter.city} Assembly`,
  (c) => `Ceasefire Now: Community Rally in ${c.district}`,
  (c) => `Solidarity March from ${c.venue ?? c.chapter.city}`,
  () => "Vigil for the Children of Gaza",
  () => "Migrants Stand with Palestine: Community Gathering",
  () => "Cultural Evening for Palestine: Songs, Poetry and Dabke",
];

const onlineRallyTitles: readonly string[] = [
  "Online Teach-in: Migration, Displacement and Palestine",
  "Online Solidarity Assembly with Chapters Worldwide",
  "Webinar: Know Your Rights When You Protest",
];

const rallyOpenings: ReadonlyArray<(c: CopyContext) => string> = [
  (c) => `Answering ${STATEMENT_LINK}, IMA ${c.chapter.city} calls on every migrant, refugee and friend in the city to stand together for an immediate and permanent ceasefire and an end to the occupation.`,
  (c) => `We are the workers who keep ${c.chapter.city} running, and we refuse to be silent while Gaza is bombed and starved. Join us in answering ${STATEMENT_LINK} and demand justice for Palestine.`,
  (c) => `Many of us were forced from our own homes by war and poverty. IMA ${c.chapter.city} gathers, in answer to ${STATEMENT_LINK}, to say that displacement must never be a weapon and that Palestinians have the right to return.`,
];

const rallyLogistics: readonly string[] = [
  "Bring placards, flags and water. Marshals in orange vests will guide the crowd and answer questions; please follow their directions.",
  "There will be short speeches from community members, songs and a collective reading of the alliance's demands. Children and families are welcome.",
  "We will finish with a minute of silence for those killed. Please wear black or the colours of the Palestinian flag, and bring a friend from work.",
];

export function rallyCopy(c: CopyContext, variant: number, online: boolean): Copy {
  const title = online
    ? (onlineRallyTitles[variant % onlineRallyTitles.length] as string)
    : (rallyTitles[variant % rallyTitles.length] as (c: CopyContext) => string)(c);
  const opening = c.rng.pick(rallyOpenings)(c);
  const logistics = online
    ? "The call is open to all; captions are on and there is time for questions at the end. The link is shared with everyone who registers."
    : c.rng.pick(rallyLogistics);
  const demands = [
    "An immediate and permanent ceasefire",
    "An end to the siege and unhindered humanitarian aid",
    "An end to arms sales and military cooperation",
    "Protection, not punishment, for those who speak out",
  ];
  const bullets = c.rng.sample(demands, 3).map((d) => `- ${d}`).join("\n");
  return { title, description: `${opening}\n\n${logistics}\n\n**We demand:**\n\n${bullets}` };
}

export type NeedSpec = { item: string; quantity: number; unit: string };
type DriveTheme = { title: string; pitch: string; needs: readonly NeedSpec[] };

const driveThemes: readonly DriveTheme[] = [
  {
    title: "Emergency Food Drive for Gaza",
    pitch: "Food parcels are packed by volunteers and shipped with a partner relief organisation through the next available crossing.",
    needs: [
      { item: "Rice", quantity: 200, unit: "kg" },
      { item: "Flour", quantity: 150, unit: "kg" },
      { item: "Lentils", quantity: 80, unit: "kg" },
      { item: "Canned chickpeas", quantity: 300, unit: "tins" },
      { item: "Cooking oil", quantity: 60, unit: "litres" },
    ],
  },
  {
    title: "Winter Blankets for Displaced Families",
    pitch: "Families sheltering in tents face cold, wet nights. Every blanket and sleeping bag goes to a family living under canvas.",
    needs: [
      { item: "Blankets", quantity: 300, unit: "pieces" },
      { item: "Sleeping bags", quantity: 80, unit: "pieces" },
      { item: "Children's winter jackets", quantity: 120, unit: "pieces" },
      { item: "Thermal socks", quantity: 400, unit: "pairs" },
    ],
  },
  {
    title: "Medical Supplies Collection",
    pitch: "Field clinics have run out of basic supplies. We only collect sealed, in-date items from the list below.",
    needs: [
      { item: "First-aid kits", quantity: 100, unit: "kits" },
      { item: "Sterile gauze", quantity: 500, unit: "packs" },
      { item: "Oral rehydration salts", quantity: 1000, unit: "sachets" },
      { item: "Paracetamol (sealed)", quantity: 300, unit: "boxes" },
    ],
  },
  {
    title: "Baby Essentials Drive",
    pitch: "Mothers and newborns are among the most exposed. Formula and nappies are the most urgent needs our partners report.",
    needs: [
      { item: "Baby formula", quantity: 120, unit: "tins" },
      { item: "Nappies", quantity: 200, unit: "packs" },
      { item: "Baby wipes", quantity: 150, unit: "packs" },
      { item: "Feeding bottles", quantity: 100, unit: "pieces" },
    ],
  },
  {
    title: "Hygiene Kits for Families in Gaza",
    pitch: "Each kit keeps a family of five going for a month. We assemble the kits together at the end of the drive.",
    needs: [
      { item: "Soap bars", quantity: 600, unit: "bars" },
      { item: "Sanitary pads", quantity: 400, unit: "packs" },
      { item: "Toothpaste", quantity: 300, unit: "tubes" },
      { item: "Water purification tablets", quantity: 2000, unit: "tablets" },
    ],
  },
  {
    title: "Community Kitchen Fundraiser",
    pitch: "Money raised pays for ingredients and fuel for a community kitchen feeding displaced families every day.",
    needs: [
      { item: "Gas cylinders", quantity: 40, unit: "cylinders" },
      { item: "Rice", quantity: 250, unit: "kg" },
      { item: "Tomato paste", quantity: 200, unit: "tins" },
    ],
  },
];

export function driveCopy(c: CopyContext, variant: number): Copy & { needs: NeedSpec[] } {
  const theme = driveThemes[variant % driveThemes.length] as DriveTheme;
  const needs = theme.needs.slice(0, c.rng.int(2, Math.min(5, theme.needs.length)));
  const description =
    `In answer to ${STATEMENT_LINK}, IMA ${c.chapter.city} is collecting money and supplies. ${theme.pitch}\n\n` +
    "Pledge what you can below and bring it to one of the drop-off points during opening hours, or give online. " +
    "Volunteers will confirm when your pledge is received.\n\n" +
    needs.map((n) => `- **${n.item}**: ${n.quantity} ${n.unit}`).join("\n");
  return { title: theme.title, description, needs };
}

export type TargetSpec = { name: string; kind: BoycottTargetKind; reason: string; slug: string; alternatives: string[] };

export const boycottTargets: readonly TargetSpec[] = [
  { name: "Example Coffee Co.", kind: "BRAND", slug: "example-coffee", reason: "Its regional franchise holder funds construction in illegal settlements in the occupied West Bank.", alternatives: ["Independent neighbourhood cafés", "Workers' cooperative coffee roasters"] },
  { name: "Fabrikam Defence Electronics", kind: "COMPANY", slug: "fabrikam-defence", reason: "Supplies targeting components for drones used in strikes on Gaza.", alternatives: ["Ask your pension fund to divest", "Write to your city council about procurement"] },
  { name: "Contoso Security Systems", kind: "COMPANY", slug: "contoso-security", reason: "Provides surveillance cameras and biometric gates for military checkpoints.", alternatives: ["Security providers that publish human-rights due diligence"] },
  { name: "Northwind Fresh Dates", kind: "PRODUCT", slug: "northwind-dates", reason: "Dates grown on settlement farms and sold without origin labelling.", alternatives: ["Palestinian-grown dates from fair-trade cooperatives"] },
  { name: "Tailspin Travel", kind: "COMPANY", slug: "tailspin-travel", reason: "Lists holiday rentals inside illegal settlements.", alternatives: ["Community tourism cooperatives", "Booking directly with local hosts"] },
  { name: "Woodgrove Bank", kind: "COMPANY", slug: "woodgrove-bank", reason: "Finances arms exporters and settlement construction firms.", alternatives: ["Credit unions", "Ethical banks with published exclusion lists"] },
  { name: "Wingtip Burgers", kind: "BRAND", slug: "wingtip-burgers", reason: "Its local licensee publicly donated meals to units taking part in the assault on Gaza.", alternatives: ["Family-run restaurants", "Migrant-run food stalls"] },
  { name: "Blue Yonder Shipping", kind: "COMPANY", slug: "blue-yonder-shipping", reason: "Carries military cargo on its regular container routes.", alternatives: ["Ask retailers which carriers they use", "Support dockworkers refusing to load arms"] },
  { name: "Orchard Valley Hummus", kind: "PRODUCT", slug: "orchard-valley-hummus", reason: "Made in a factory in a settlement industrial zone.", alternatives: ["Local and Palestinian brands", "Make it at home: our recipe card is at the stall"] },
  { name: "Lamna Expo Centre", kind: "VENUE", slug: "lamna-expo", reason: "Hosts a defence and security trade fair whose exhibitors arm the occupation.", alternatives: ["Venues that have signed the arms-fair-free pledge"] },
  { name: "Litware Cloud", kind: "COMPANY", slug: "litware-cloud", reason: "Runs cloud and AI services for the occupying army.", alternatives: ["Open-source and cooperative hosting providers"] },
];

export function boycottCopy(c: CopyContext, targets: readonly TargetSpec[], variant: number): Copy {
  const first = targets[0] as TargetSpec;
  const titles = [`Boycott ${first.name}`, `Don't Buy from ${first.name}`, `Divest from ${first.name}: Campaign Launch`];
  const title = titles[variant % titles.length] as string;
  const list = targets.map((t) => `- **${t.name}**: ${t.reason}`).join("\n");
  const description =
    `Answering ${STATEMENT_LINK}, we withdraw our money from companies that profit from occupation and war. IMA ${c.chapter.city} asks the community to stop buying from:\n\n${list}\n\n` +
    "Commit below to join the boycott. We will share leaflets in the languages of our communities, and talk to shop workers and managers with respect: the target is the company, never the workers.";
  return { title, description };
}

export const accessibilityNotes: readonly string[] = [
  "Step-free access to the gathering point; seating is available near the sound system.",
  "The route is flat and about 1.5 km long; a support vehicle follows the march for anyone who needs a rest.",
  "Speeches are interpreted into local sign language. A quiet area is set up at the back, away from the speakers.",
  "Accessible toilets at the nearby station. Marshals can help anyone who needs assistance; just ask.",
];

export const safetyNotes: readonly string[] = [
  "Bring ID only if you are comfortable carrying it. Keep the safety line number written on your arm.",
  "If police ask you to leave, stay calm and find a marshal. Do not share photos that show faces without consent.",
  "Undocumented members: please talk to a marshal before the rally; we have a plan to keep you away from any arrests.",
];
