import type { Prisma } from "../../lib/generated/prisma/client";

export type SeedPlace = { name: string; address: string; lat: number; lng: number };

export type SeedChapter = {
  id: string;
  slug: string;
  name: string;
  countryCode: string;
  city: string;
  lat: number;
  lng: number;
  timeZone: string;
  currency: string;
  /** ISO 4217 minor-unit exponent: amounts are stored as `major * 10 ** exponent`. */
  currencyExponent: number;
  /** Goal for a typical drive, in major units of the local currency. */
  typicalGoal: number;
  languages: string[];
  description: string;
  verified: boolean;
  trusted: boolean;
  /** Placeholder number for the rally safety line (fictional ranges where a country has one). */
  hotline: string;
  /** Public squares and parks where rallies usually gather (approximate coordinates). */
  places: SeedPlace[];
  /** Neighbourhoods (approximate centres) for community venues, stalls and drop-off points. */
  districts: SeedPlace[];
};

type ChapterInput = Omit<SeedChapter, "id" | "name">;

function d(rows: ReadonlyArray<readonly [name: string, lat: number, lng: number]>): SeedPlace[] {
  return rows.map(([name, lat, lng]) => ({ name, address: name, lat, lng }));
}

const input: ChapterInput[] = [
  {
    slug: "hong-kong", countryCode: "HK", city: "Hong Kong", lat: 22.2855, lng: 114.1577, timeZone: "Asia/Hong_Kong",
    currency: "HKD", currencyExponent: 2, typicalGoal: 40_000, languages: ["en", "tl", "id"],
    description: "Filipino, Indonesian and Nepali domestic workers organising on their Sunday day off since 2008.",
    verified: true, trusted: false, hotline: "+852 5550 0142",
    places: [
      { name: "Chater Garden", address: "Chater Road, Central", lat: 22.2808, lng: 114.1597 },
      { name: "Victoria Park", address: "Causeway Road, Causeway Bay", lat: 22.282, lng: 114.1886 },
      { name: "Southorn Playground", address: "Hennessy Road, Wan Chai", lat: 22.277, lng: 114.173 },
    ],
    districts: d([["Central", 22.282, 114.157], ["Wan Chai", 22.277, 114.172], ["Causeway Bay", 22.28, 114.184], ["Yau Ma Tei", 22.312, 114.171], ["Sham Shui Po", 22.33, 114.162], ["North Point", 22.291, 114.2]]),
  },
  {
    slug: "manila", countryCode: "PH", city: "Manila", lat: 14.5995, lng: 120.9842, timeZone: "Asia/Manila",
    currency: "PHP", currencyExponent: 2, typicalGoal: 250_000, languages: ["tl", "en"],
    description: "Returned migrants and families of overseas Filipino workers, working with urban poor communities.",
    verified: true, trusted: true, hotline: "+63 2 5550 0117",
    places: [
      { name: "Plaza Miranda", address: "Quezon Boulevard, Quiapo", lat: 14.599, lng: 120.9837 },
      { name: "Liwasang Bonifacio", address: "Padre Burgos Avenue, Ermita", lat: 14.5937, lng: 120.9807 },
      { name: "Mendiola Peace Arch", address: "Mendiola Street, San Miguel", lat: 14.5985, lng: 120.9935 },
    ],
    districts: d([["Ermita", 14.5833, 120.9847], ["Malate", 14.57, 120.991], ["Quiapo", 14.599, 120.984], ["Sampaloc", 14.611, 120.993], ["Tondo", 14.615, 120.975], ["Santa Cruz", 14.618, 120.984]]),
  },
  {
    slug: "jakarta", countryCode: "ID", city: "Jakarta", lat: -6.2088, lng: 106.8456, timeZone: "Asia/Jakarta",
    currency: "IDR", currencyExponent: 2, typicalGoal: 12_000_000, languages: ["id", "en"],
    description: "Former migrant workers and their families supporting those who leave to work abroad.",
    verified: true, trusted: true, hotline: "+62 21 5550 0139",
    places: [
      { name: "Medan Merdeka (Monas)", address: "Jl. Medan Merdeka, Gambir", lat: -6.1754, lng: 106.8272 },
      { name: "Bundaran HI", address: "Jl. M.H. Thamrin, Menteng", lat: -6.195, lng: 106.8231 },
      { name: "Taman Ismail Marzuki", address: "Jl. Cikini Raya, Menteng", lat: -6.1904, lng: 106.8388 },
    ],
    districts: d([["Menteng", -6.196, 106.833], ["Gambir", -6.17, 106.817], ["Tebet", -6.226, 106.853], ["Cikini", -6.19, 106.84], ["Senen", -6.178, 106.845], ["Matraman", -6.203, 106.86]]),
  },
  {
    slug: "taipei", countryCode: "TW", city: "Taipei", lat: 25.0478, lng: 121.517, timeZone: "Asia/Taipei",
    currency: "TWD", currencyExponent: 2, typicalGoal: 120_000, languages: ["zh", "id", "tl", "vi"],
    description: "Caregivers, factory and fishing workers from Indonesia, the Philippines and Viet Nam.",
    verified: true, trusted: false, hotline: "+886 2 5550 0108",
    places: [
      { name: "Liberty Square", address: "Zhongshan South Road, Zhongzheng", lat: 25.0354, lng: 121.5197 },
      { name: "Taipei Main Station plaza", address: "Zhongxiao West Road, Zhongzheng", lat: 25.0478, lng: 121.517 },
      { name: "Ketagalan Boulevard", address: "Ketagalan Boulevard, Zhongzheng", lat: 25.04, lng: 121.513 },
    ],
    districts: d([["Zhongzheng", 25.032, 121.518], ["Da'an", 25.026, 121.543], ["Wanhua", 25.035, 121.499], ["Zhongshan", 25.064, 121.533], ["Datong", 25.063, 121.513], ["Xinyi", 25.033, 121.565]]),
  },
  {
    slug: "seoul", countryCode: "KR", city: "Seoul", lat: 37.5665, lng: 126.978, timeZone: "Asia/Seoul",
    currency: "KRW", currencyExponent: 0, typicalGoal: 4_000_000, languages: ["ko", "en", "ne", "vi"],
    description: "Migrant workers under the Employment Permit System and their Korean allies.",
    verified: true, trusted: false, hotline: "+82 2 5550 0121",
    places: [
      { name: "Gwanghwamun Square", address: "Sejong-daero, Jongno-gu", lat: 37.5725, lng: 126.9769 },
      { name: "Seoul Plaza", address: "Sejong-daero, Jung-gu", lat: 37.5663, lng: 126.9779 },
      { name: "Cheonggye Plaza", address: "Cheonggyecheon-ro, Jongno-gu", lat: 37.5693, lng: 126.978 },
    ],
    districts: d([["Jongno-gu", 37.573, 126.979], ["Jung-gu", 37.564, 126.997], ["Mapo-gu", 37.556, 126.923], ["Yongsan-gu", 37.532, 126.99], ["Seodaemun-gu", 37.579, 126.937], ["Dongdaemun-gu", 37.574, 127.04]]),
  },
  {
    slug: "tokyo", countryCode: "JP", city: "Tokyo", lat: 35.6812, lng: 139.7671, timeZone: "Asia/Tokyo",
    currency: "JPY", currencyExponent: 0, typicalGoal: 500_000, languages: ["ja", "en", "tl", "vi"],
    description: "Technical interns, students and long-term residents supporting each other and Palestine.",
    verified: true, trusted: false, hotline: "+81 3 5550 0163",
    places: [
      { name: "Hibiya Park", address: "Hibiya Park, Chiyoda", lat: 35.6735, lng: 139.7559 },
      { name: "Shinjuku Station South Exit", address: "Shinjuku 3-chome, Shinjuku", lat: 35.6884, lng: 139.7005 },
      { name: "Yoyogi Park", address: "Yoyogi Kamizonocho, Shibuya", lat: 35.6717, lng: 139.6949 },
    ],
    districts: d([["Chiyoda", 35.694, 139.753], ["Shinjuku", 35.6938, 139.7034], ["Shibuya", 35.662, 139.704], ["Taito", 35.712, 139.78], ["Toshima", 35.726, 139.716], ["Minato", 35.658, 139.751]]),
  },
  {
    slug: "beirut", countryCode: "LB", city: "Beirut", lat: 33.8938, lng: 35.5018, timeZone: "Asia/Beirut",
    currency: "USD", currencyExponent: 2, typicalGoal: 8_000, languages: ["ar", "en", "fr"],
    description: "Migrant domestic workers and refugees organising mutual aid across the city.",
    verified: true, trusted: false, hotline: "+961 1 555 0140",
    places: [
      { name: "Martyrs' Square", address: "Downtown Beirut", lat: 33.8959, lng: 35.507 },
      { name: "Riad al-Solh Square", address: "Downtown Beirut", lat: 33.8965, lng: 35.5036 },
      { name: "Hamra Street", address: "Hamra, Ras Beirut", lat: 33.8963, lng: 35.483 },
    ],
    districts: d([["Hamra", 33.896, 35.482], ["Mar Mikhael", 33.897, 35.523], ["Achrafieh", 33.888, 35.52], ["Bourj Hammoud", 33.894, 35.539], ["Verdun", 33.883, 35.483], ["Gemmayzeh", 33.895, 35.515]]),
  },
  {
    slug: "amman", countryCode: "JO", city: "Amman", lat: 31.9539, lng: 35.9106, timeZone: "Asia/Amman",
    currency: "JOD", currencyExponent: 3, typicalGoal: 5_000, languages: ["ar", "en"],
    description: "Refugees and migrant workers in Amman, coordinating relief for families from Gaza.",
    verified: true, trusted: false, hotline: "+962 6 555 0146",
    places: [
      { name: "Hashemite Plaza", address: "Al Balad, Downtown", lat: 31.9515, lng: 35.9394 },
      { name: "King Faisal Street", address: "Al Balad, Downtown", lat: 31.9536, lng: 35.9333 },
      { name: "Paris Circle", address: "Jabal al-Weibdeh", lat: 31.9603, lng: 35.9236 },
    ],
    districts: d([["Jabal al-Weibdeh", 31.959, 35.924], ["Jabal Amman", 31.952, 35.915], ["Al Balad", 31.952, 35.935], ["Shmeisani", 31.971, 35.9], ["Jabal al-Hussein", 31.968, 35.918], ["Abdali", 31.964, 35.91]]),
  },
  {
    slug: "london", countryCode: "GB", city: "London", lat: 51.5074, lng: -0.1278, timeZone: "Europe/London",
    currency: "GBP", currencyExponent: 2, typicalGoal: 6_000, languages: ["en", "ar", "tl", "es"],
    description: "Migrant cleaners, carers and refugees organising across London's boroughs.",
    verified: true, trusted: true, hotline: "+44 20 7946 0958",
    places: [
      { name: "Trafalgar Square", address: "Trafalgar Square, WC2N 5DN", lat: 51.508, lng: -0.1281 },
      { name: "Parliament Square", address: "Parliament Square, SW1P 3BD", lat: 51.5005, lng: -0.1268 },
      { name: "Russell Square", address: "Russell Square, WC1B 5EH", lat: 51.5219, lng: -0.1257 },
    ],
    districts: d([["Camden", 51.539, -0.1426], ["Hackney", 51.545, -0.0553], ["Tower Hamlets", 51.515, -0.06], ["Lambeth", 51.488, -0.111], ["Southwark", 51.501, -0.093], ["Islington", 51.538, -0.103]]),
  },
  {
    slug: "madrid", countryCode: "ES", city: "Madrid", lat: 40.4168, lng: -3.7038, timeZone: "Europe/Madrid",
    currency: "EUR", currencyExponent: 2, typicalGoal: 7_000, languages: ["es", "en", "ar"],
    description: "Domestic and care workers, street vendors and asylum seekers organising in Madrid.",
    verified: true, trusted: false, hotline: "+34 91 555 0127",
    places: [
      { name: "Puerta del Sol", address: "Puerta del Sol, 28013", lat: 40.4169, lng: -3.7035 },
      { name: "Plaza de Cibeles", address: "Plaza de Cibeles, 28014", lat: 40.4193, lng: -3.6931 },
      { name: "Plaza de Colón", address: "Plaza de Colón, 28001", lat: 40.4253, lng: -3.6903 },
    ],
    districts: d([["Lavapiés", 40.4088, -3.701], ["Malasaña", 40.426, -3.704], ["Chamberí", 40.435, -3.703], ["Usera", 40.388, -3.707], ["Tetuán", 40.46, -3.698], ["Carabanchel", 40.383, -3.727]]),
  },
  {
    slug: "paris", countryCode: "FR", city: "Paris", lat: 48.8566, lng: 2.3522, timeZone: "Europe/Paris",
    currency: "EUR", currencyExponent: 2, typicalGoal: 8_000, languages: ["fr", "en", "ar"],
    description: "Undocumented workers' collectives and migrant associations of the Paris region.",
    verified: true, trusted: false, hotline: "+33 1 55 50 01 44",
    places: [
      { name: "Place de la République", address: "Place de la République, 75003", lat: 48.8674, lng: 2.3636 },
      { name: "Place de la Bastille", address: "Place de la Bastille, 75011", lat: 48.8532, lng: 2.3692 },
      { name: "Place de la Nation", address: "Place de la Nation, 75012", lat: 48.8483, lng: 2.3959 },
    ],
    districts: d([["10e arrondissement", 48.876, 2.36], ["11e arrondissement", 48.859, 2.38], ["13e arrondissement", 48.832, 2.355], ["18e arrondissement", 48.892, 2.348], ["19e arrondissement", 48.884, 2.383], ["20e arrondissement", 48.864, 2.398]]),
  },
  {
    slug: "berlin", countryCode: "DE", city: "Berlin", lat: 52.52, lng: 13.405, timeZone: "Europe/Berlin",
    currency: "EUR", currencyExponent: 2, typicalGoal: 7_500, languages: ["de", "en", "ar", "tr"],
    description: "Refugee self-organisations and migrant workers' groups from Kreuzberg to Wedding.",
    verified: true, trusted: true, hotline: "+49 30 5550 0133",
    places: [
      { name: "Pariser Platz", address: "Pariser Platz, 10117", lat: 52.5163, lng: 13.3777 },
      { name: "Alexanderplatz", address: "Alexanderplatz, 10178", lat: 52.5219, lng: 13.4132 },
      { name: "Oranienplatz", address: "Oranienplatz, 10999", lat: 52.5021, lng: 13.4186 },
    ],
    districts: d([["Kreuzberg", 52.499, 13.403], ["Neukölln", 52.481, 13.435], ["Wedding", 52.55, 13.36], ["Moabit", 52.528, 13.342], ["Friedrichshain", 52.515, 13.454], ["Prenzlauer Berg", 52.539, 13.424]]),
  },
  {
    slug: "toronto", countryCode: "CA", city: "Toronto", lat: 43.6532, lng: -79.3832, timeZone: "America/Toronto",
    currency: "CAD", currencyExponent: 2, typicalGoal: 10_000, languages: ["en", "fr", "tl", "es"],
    description: "Caregivers, temporary foreign workers and newcomers organising for status for all.",
    verified: true, trusted: true, hotline: "+1 416 555 0137",
    places: [
      { name: "Nathan Phillips Square", address: "100 Queen St W", lat: 43.6525, lng: -79.3835 },
      { name: "Queen's Park", address: "Queen's Park Crescent", lat: 43.6629, lng: -79.3923 },
      { name: "Sankofa Square", address: "1 Dundas St E", lat: 43.6561, lng: -79.3802 },
    ],
    districts: d([["Parkdale", 43.641, -79.435], ["Kensington Market", 43.6545, -79.4005], ["The Annex", 43.67, -79.407], ["Regent Park", 43.66, -79.361], ["St. James Town", 43.67, -79.374], ["Little Portugal", 43.648, -79.426]]),
  },
  {
    slug: "new-york", countryCode: "US", city: "New York", lat: 40.7128, lng: -74.006, timeZone: "America/New_York",
    currency: "USD", currencyExponent: 2, typicalGoal: 12_000, languages: ["en", "es", "tl", "ar"],
    description: "Domestic workers, delivery riders and day labourers organising across the five boroughs.",
    verified: true, trusted: true, hotline: "+1 212 555 0184",
    places: [
      { name: "Union Square", address: "Union Square, Manhattan", lat: 40.7359, lng: -73.9911 },
      { name: "Washington Square Park", address: "Washington Square, Manhattan", lat: 40.7308, lng: -73.9973 },
      { name: "Foley Square", address: "Foley Square, Manhattan", lat: 40.7143, lng: -74.0027 },
    ],
    districts: d([["Lower East Side", 40.715, -73.9843], ["Chinatown", 40.7158, -73.997], ["East Village", 40.7265, -73.9815], ["Chelsea", 40.7465, -74.0014], ["Downtown Brooklyn", 40.6928, -73.9903], ["Red Hook", 40.678, -74.006]]),
  },
  {
    slug: "los-angeles", countryCode: "US", city: "Los Angeles", lat: 34.0522, lng: -118.2437, timeZone: "America/Los_Angeles",
    currency: "USD", currencyExponent: 2, typicalGoal: 9_000, languages: ["en", "es", "tl", "ko"],
    description: "Garment workers, caregivers and street vendors from Central America and the Philippines.",
    verified: true, trusted: false, hotline: "+1 213 555 0119",
    places: [
      { name: "Pershing Square", address: "532 S Olive St", lat: 34.0484, lng: -118.2529 },
      { name: "Grand Park", address: "200 N Grand Ave", lat: 34.0553, lng: -118.244 },
      { name: "MacArthur Park", address: "2230 W 6th St", lat: 34.0575, lng: -118.2773 },
    ],
    districts: d([["Koreatown", 34.0618, -118.3004], ["Westlake", 34.058, -118.276], ["Boyle Heights", 34.034, -118.205], ["Pico-Union", 34.045, -118.285], ["Chinatown", 34.0623, -118.2383], ["Echo Park", 34.0782, -118.2606]]),
  },
  {
    slug: "mexico-city", countryCode: "MX", city: "Mexico City", lat: 19.4326, lng: -99.1332, timeZone: "America/Mexico_City",
    currency: "MXN", currencyExponent: 2, typicalGoal: 120_000, languages: ["es", "en"],
    description: "Migrants in transit, returnees and shelter volunteers in the capital.",
    verified: true, trusted: false, hotline: "+52 55 5550 0152",
    places: [
      { name: "Zócalo", address: "Plaza de la Constitución, Centro", lat: 19.4326, lng: -99.1332 },
      { name: "Monumento a la Revolución", address: "Plaza de la República, Tabacalera", lat: 19.4361, lng: -99.1547 },
      { name: "Ángel de la Independencia", address: "Paseo de la Reforma, Juárez", lat: 19.427, lng: -99.1677 },
    ],
    districts: d([["Centro", 19.434, -99.135], ["Roma Norte", 19.417, -99.16], ["Condesa", 19.412, -99.173], ["Doctores", 19.419, -99.145], ["Guerrero", 19.444, -99.145], ["Juárez", 19.427, -99.158]]),
  },
  {
    slug: "sao-paulo", countryCode: "BR", city: "São Paulo", lat: -23.5505, lng: -46.6333, timeZone: "America/Sao_Paulo",
    currency: "BRL", currencyExponent: 2, typicalGoal: 30_000, languages: ["pt", "es", "en", "ar"],
    description: "Bolivian, Haitian, Venezuelan and Syrian communities building a new chapter together.",
    verified: false, trusted: false, hotline: "+55 11 5550 0171",
    places: [
      { name: "Vão livre do MASP", address: "Av. Paulista, 1578, Bela Vista", lat: -23.5614, lng: -46.6559 },
      { name: "Praça da Sé", address: "Praça da Sé, Sé", lat: -23.5503, lng: -46.634 },
      { name: "Largo da Batata", address: "Largo da Batata, Pinheiros", lat: -23.5668, lng: -46.6936 },
    ],
    districts: d([["Bom Retiro", -23.527, -46.639], ["Brás", -23.545, -46.616], ["Liberdade", -23.558, -46.635], ["Bela Vista", -23.561, -46.647], ["Pari", -23.531, -46.617], ["República", -23.543, -46.642]]),
  },
  {
    slug: "johannesburg", countryCode: "ZA", city: "Johannesburg", lat: -26.2041, lng: 28.0473, timeZone: "Africa/Johannesburg",
    currency: "ZAR", currencyExponent: 2, typicalGoal: 90_000, languages: ["en", "zu", "sn", "fr"],
    description: "Migrants from across the continent standing against xenophobia and for Palestine.",
    verified: true, trusted: false, hotline: "+27 11 555 0166",
    places: [
      { name: "Mary Fitzgerald Square", address: "Jeppe Street, Newtown", lat: -26.2036, lng: 28.0339 },
      { name: "Library Gardens", address: "Pritchard Street, Marshalltown", lat: -26.2046, lng: 28.0423 },
      { name: "Constitution Hill", address: "11 Kotze Street, Braamfontein", lat: -26.1895, lng: 28.0425 },
    ],
    districts: d([["Hillbrow", -26.191, 28.049], ["Yeoville", -26.183, 28.065], ["Braamfontein", -26.193, 28.035], ["Mayfair", -26.203, 28.012], ["Berea", -26.182, 28.054], ["Newtown", -26.204, 28.033]]),
  },
  {
    slug: "nairobi", countryCode: "KE", city: "Nairobi", lat: -1.2921, lng: 36.8219, timeZone: "Africa/Nairobi",
    currency: "KES", currencyExponent: 2, typicalGoal: 600_000, languages: ["sw", "en", "so", "ar"],
    description: "Refugees from the Horn of Africa and Great Lakes region, newly organised in Nairobi.",
    verified: false, trusted: false, hotline: "+254 20 555 0112",
    places: [
      { name: "Uhuru Park", address: "Uhuru Highway", lat: -1.2893, lng: 36.8155 },
      { name: "Jeevanjee Gardens", address: "Moi Avenue", lat: -1.2815, lng: 36.819 },
      { name: "Kamukunji Grounds", address: "Kamukunji", lat: -1.28, lng: 36.842 },
    ],
    districts: d([["Eastleigh", -1.275, 36.847], ["Kilimani", -1.292, 36.787], ["Westlands", -1.268, 36.811], ["Ngara", -1.273, 36.827], ["South C", -1.32, 36.829], ["Pangani", -1.268, 36.837]]),
  },
  {
    slug: "sydney", countryCode: "AU", city: "Sydney", lat: -33.8688, lng: 151.2093, timeZone: "Australia/Sydney",
    currency: "AUD", currencyExponent: 2, typicalGoal: 10_000, languages: ["en", "ar", "tl", "fa"],
    description: "Refugees, international students and migrant workers on Gadigal land.",
    verified: true, trusted: false, hotline: "+61 2 5550 0175",
    places: [
      { name: "Sydney Town Hall", address: "483 George St", lat: -33.8732, lng: 151.2061 },
      { name: "Hyde Park", address: "Elizabeth St", lat: -33.8731, lng: 151.2111 },
      { name: "Belmore Park", address: "Eddy Ave, Haymarket", lat: -33.8822, lng: 151.2068 },
    ],
    districts: d([["Redfern", -33.893, 151.204], ["Surry Hills", -33.886, 151.211], ["Newtown", -33.897, 151.179], ["Marrickville", -33.911, 151.155], ["Glebe", -33.88, 151.185], ["Waterloo", -33.9, 151.207]]),
  },
];

export const chapters: SeedChapter[] = input.map((c) => ({
  ...c,
  id: `seed-chapter-${c.slug}`,
  name: `IMA ${c.city}`,
}));

export function chapterRows(): Prisma.ChapterCreateManyInput[] {
  return chapters.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    countryCode: c.countryCode,
    city: c.city,
    lat: c.lat,
    lng: c.lng,
    description: c.description,
    contact: `${c.slug.replace(/-/g, "")}@ima.example.org`,
    verified: c.verified,
    trusted: c.trusted,
  }));
}
