/**
 * Default time zone for a place without a network call or a 100 MB boundary file: the zone of
 * the nearest of a few hundred reference cities. Good enough for a default the organiser can
 * change; near a zone border they should check it, which the form makes visible.
 */
type Ref = readonly [zone: string, lat: number, lng: number];

const REFS: readonly Ref[] = [
  ["Europe/London", 51.51, -0.13], ["Europe/London", 53.48, -2.24], ["Europe/London", 55.95, -3.19], ["Europe/Dublin", 53.35, -6.26],
  ["Europe/Lisbon", 38.72, -9.14], ["Europe/Madrid", 40.42, -3.7], ["Europe/Madrid", 41.39, 2.17], ["Atlantic/Canary", 28.12, -15.43],
  ["Europe/Paris", 48.86, 2.35], ["Europe/Paris", 43.3, 5.37], ["Europe/Brussels", 50.85, 4.35], ["Europe/Amsterdam", 52.37, 4.9],
  ["Europe/Berlin", 52.52, 13.4], ["Europe/Berlin", 48.14, 11.58], ["Europe/Zurich", 47.37, 8.54], ["Europe/Rome", 41.9, 12.5],
  ["Europe/Rome", 45.46, 9.19], ["Europe/Vienna", 48.21, 16.37], ["Europe/Prague", 50.08, 14.44], ["Europe/Warsaw", 52.23, 21.01],
  ["Europe/Copenhagen", 55.68, 12.57], ["Europe/Oslo", 59.91, 10.75], ["Europe/Stockholm", 59.33, 18.07], ["Europe/Helsinki", 60.17, 24.94],
  ["Europe/Athens", 37.98, 23.73], ["Europe/Istanbul", 41.01, 28.98], ["Europe/Istanbul", 39.93, 32.86], ["Europe/Bucharest", 44.43, 26.1],
  ["Europe/Budapest", 47.5, 19.04], ["Europe/Belgrade", 44.79, 20.45], ["Europe/Sofia", 42.7, 23.32], ["Europe/Kyiv", 50.45, 30.52],
  ["Europe/Moscow", 55.76, 37.62], ["Europe/Minsk", 53.9, 27.56], ["Atlantic/Reykjavik", 64.15, -21.94], ["Europe/Malta", 35.9, 14.51],
  ["Asia/Nicosia", 35.17, 33.36], ["Asia/Beirut", 33.89, 35.5], ["Asia/Damascus", 33.51, 36.29], ["Asia/Amman", 31.95, 35.93],
  ["Asia/Jerusalem", 31.77, 35.21], ["Asia/Gaza", 31.5, 34.47], ["Asia/Hebron", 31.9, 35.2], ["Africa/Cairo", 30.04, 31.24],
  ["Asia/Baghdad", 33.31, 44.36], ["Asia/Riyadh", 24.71, 46.68], ["Asia/Riyadh", 21.49, 39.19], ["Asia/Kuwait", 29.38, 47.99],
  ["Asia/Qatar", 25.29, 51.53], ["Asia/Dubai", 25.2, 55.27], ["Asia/Muscat", 23.59, 58.41], ["Asia/Aden", 12.79, 45.02],
  ["Asia/Tehran", 35.69, 51.39], ["Asia/Baku", 40.41, 49.87], ["Asia/Tbilisi", 41.72, 44.78], ["Asia/Yerevan", 40.18, 44.51],
  ["Asia/Karachi", 24.86, 67.01], ["Asia/Karachi", 31.55, 74.34], ["Asia/Kabul", 34.56, 69.21], ["Asia/Kolkata", 28.61, 77.21],
  ["Asia/Kolkata", 19.08, 72.88], ["Asia/Kolkata", 12.97, 77.59], ["Asia/Kolkata", 22.57, 88.36], ["Asia/Kathmandu", 27.72, 85.32],
  ["Asia/Dhaka", 23.81, 90.41], ["Asia/Colombo", 6.93, 79.86], ["Asia/Yangon", 16.87, 96.2], ["Asia/Bangkok", 13.76, 100.5],
  ["Asia/Ho_Chi_Minh", 10.82, 106.63], ["Asia/Bangkok", 21.03, 105.85], ["Asia/Phnom_Penh", 11.56, 104.92], ["Asia/Kuala_Lumpur", 3.14, 101.69],
  ["Asia/Singapore", 1.35, 103.82], ["Asia/Jakarta", -6.21, 106.85], ["Asia/Jakarta", -7.25, 112.75], ["Asia/Jakarta", 3.59, 98.67],
  ["Asia/Makassar", -8.65, 115.22], ["Asia/Makassar", -5.15, 119.43], ["Asia/Jayapura", -2.53, 140.72], ["Asia/Manila", 14.6, 120.98],
  ["Asia/Manila", 10.32, 123.89], ["Asia/Manila", 7.19, 125.46], ["Asia/Hong_Kong", 22.29, 114.16], ["Asia/Macau", 22.2, 113.54],
  ["Asia/Shanghai", 31.23, 121.47], ["Asia/Shanghai", 39.9, 116.4], ["Asia/Shanghai", 23.13, 113.26], ["Asia/Urumqi", 43.83, 87.62],
  ["Asia/Taipei", 25.03, 121.57], ["Asia/Taipei", 22.63, 120.3], ["Asia/Seoul", 37.57, 126.98], ["Asia/Seoul", 35.18, 129.08],
  ["Asia/Tokyo", 35.68, 139.69], ["Asia/Tokyo", 34.69, 135.5], ["Asia/Tokyo", 43.06, 141.35], ["Asia/Ulaanbaatar", 47.89, 106.91],
  ["Asia/Almaty", 43.24, 76.89], ["Asia/Tashkent", 41.3, 69.24], ["Asia/Yekaterinburg", 56.84, 60.6], ["Asia/Novosibirsk", 55.01, 82.93],
  ["Asia/Vladivostok", 43.12, 131.89], ["Asia/Dili", -8.56, 125.57], ["Australia/Perth", -31.95, 115.86], ["Australia/Darwin", -12.46, 130.84],
  ["Australia/Adelaide", -34.93, 138.6], ["Australia/Brisbane", -27.47, 153.03], ["Australia/Sydney", -33.87, 151.21], ["Australia/Melbourne", -37.81, 144.96],
  ["Australia/Hobart", -42.88, 147.33], ["Pacific/Auckland", -36.85, 174.76], ["Pacific/Auckland", -41.29, 174.78], ["Pacific/Fiji", -18.14, 178.44],
  ["Pacific/Port_Moresby", -9.44, 147.18], ["Pacific/Honolulu", 21.31, -157.86], ["America/Anchorage", 61.22, -149.9], ["America/Los_Angeles", 34.05, -118.24],
  ["America/Los_Angeles", 37.77, -122.42], ["America/Los_Angeles", 47.61, -122.33], ["America/Phoenix", 33.45, -112.07], ["America/Denver", 39.74, -104.99],
  ["America/Chicago", 41.88, -87.63], ["America/Chicago", 29.76, -95.37], ["America/Chicago", 32.78, -96.8], ["America/Chicago", 44.98, -93.27],
  ["America/New_York", 40.71, -74.01], ["America/New_York", 38.91, -77.04], ["America/New_York", 42.36, -71.06], ["America/New_York", 33.75, -84.39],
  ["America/New_York", 25.76, -80.19], ["America/Detroit", 42.33, -83.05], ["America/Toronto", 43.65, -79.38], ["America/Toronto", 45.5, -73.57],
  ["America/Vancouver", 49.28, -123.12], ["America/Edmonton", 51.05, -114.07], ["America/Winnipeg", 49.9, -97.14], ["America/Halifax", 44.65, -63.58],
  ["America/Regina", 50.45, -104.62], ["America/St_Johns", 47.56, -52.71], ["America/Mexico_City", 19.43, -99.13], ["America/Monterrey", 25.69, -100.32],
  ["America/Tijuana", 32.51, -117.04], ["America/Cancun", 21.16, -86.85], ["America/Guatemala", 14.63, -90.51], ["America/El_Salvador", 13.69, -89.22],
  ["America/Tegucigalpa", 14.07, -87.19], ["America/Managua", 12.11, -86.24], ["America/Costa_Rica", 9.93, -84.08], ["America/Panama", 8.98, -79.52],
  ["America/Havana", 23.11, -82.37], ["America/Santo_Domingo", 18.49, -69.93], ["America/Port-au-Prince", 18.59, -72.31], ["America/Puerto_Rico", 18.47, -66.11],
  ["America/Jamaica", 18.02, -76.8], ["America/Bogota", 4.71, -74.07], ["America/Caracas", 10.48, -66.9], ["America/Guayaquil", -0.18, -78.47],
  ["America/Lima", -12.05, -77.04], ["America/La_Paz", -16.5, -68.15], ["America/Santiago", -33.45, -70.67], ["America/Argentina/Buenos_Aires", -34.6, -58.38],
  ["America/Montevideo", -34.9, -56.16], ["America/Asuncion", -25.26, -57.58], ["America/Sao_Paulo", -23.55, -46.63], ["America/Sao_Paulo", -22.91, -43.17],
  ["America/Bahia", -12.97, -38.5], ["America/Recife", -8.05, -34.88], ["America/Manaus", -3.12, -60.02], ["America/Belem", -1.46, -48.5],
  ["Africa/Casablanca", 33.57, -7.59], ["Africa/Algiers", 36.75, 3.06], ["Africa/Tunis", 36.81, 10.18], ["Africa/Tripoli", 32.89, 13.19],
  ["Africa/Khartoum", 15.5, 32.56], ["Africa/Juba", 4.85, 31.58], ["Africa/Addis_Ababa", 9.03, 38.74], ["Africa/Asmara", 15.32, 38.93],
  ["Africa/Mogadishu", 2.05, 45.32], ["Africa/Nairobi", -1.29, 36.82], ["Africa/Kampala", 0.35, 32.58], ["Africa/Kigali", -1.95, 30.06],
  ["Africa/Dar_es_Salaam", -6.79, 39.21], ["Africa/Lagos", 6.52, 3.38], ["Africa/Lagos", 9.06, 7.5], ["Africa/Accra", 5.6, -0.19],
  ["Africa/Abidjan", 5.36, -4.01], ["Africa/Dakar", 14.72, -17.47], ["Africa/Bamako", 12.64, -8], ["Africa/Niamey", 13.51, 2.11],
  ["Africa/Ndjamena", 12.13, 15.06], ["Africa/Douala", 4.05, 9.77], ["Africa/Kinshasa", -4.44, 15.27], ["Africa/Lubumbashi", -11.66, 27.48],
  ["Africa/Luanda", -8.84, 13.23], ["Africa/Lusaka", -15.39, 28.32], ["Africa/Harare", -17.83, 31.05], ["Africa/Maputo", -25.97, 32.57],
  ["Africa/Johannesburg", -26.2, 28.05], ["Africa/Johannesburg", -33.92, 18.42], ["Africa/Windhoek", -22.56, 17.08], ["Indian/Antananarivo", -18.88, 47.51],
  ["Indian/Mauritius", -20.16, 57.5],
];

const toRad = (d: number) => (d * Math.PI) / 180;

function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The IANA zone of the nearest reference city. */
export function nearestTimeZone(lat: number, lng: number): string {
  let best: Ref = REFS[0];
  let bestKm = Infinity;
  for (const ref of REFS) {
    const km = distanceKm(lat, lng, ref[1], ref[2]);
    if (km < bestKm) {
      best = ref;
      bestKm = km;
    }
  }
  return best[0];
}
