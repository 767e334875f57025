export const needUnits = {
  count: {
    kg: "{count} kg",
    litres: { other: "{count} liter" },
    tins: { other: "{count} kaleng" },
    pieces: { other: "{count} buah" },
    pairs: { other: "{count} pasang" },
    kits: { other: "{count} paket kit" },
    packs: { other: "{count} bungkus" },
    sachets: { other: "{count} sachet" },
    boxes: { other: "{count} kotak" },
    bars: { other: "{count} batang" },
    tubes: { other: "{count} tube" },
    tablets: { other: "{count} tablet" },
  },
  name: { kg: "kg", litres: "liter", tins: "kaleng", pieces: "buah", pairs: "pasang", kits: "paket kit", packs: "bungkus", sachets: "sachet", boxes: "kotak", bars: "batang", tubes: "tube", tablets: "tablet" },
};
