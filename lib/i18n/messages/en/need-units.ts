/** Units of a drive's needs: `count` with the number, `name` alone (e.g. in a list of items). */
export const needUnits = {
  count: {
    kg: "{count} kg",
    litres: { one: "{count} litre", other: "{count} litres" },
    tins: { one: "{count} tin", other: "{count} tins" },
    pieces: { one: "{count} piece", other: "{count} pieces" },
    pairs: { one: "{count} pair", other: "{count} pairs" },
    kits: { one: "{count} kit", other: "{count} kits" },
    packs: { one: "{count} pack", other: "{count} packs" },
    sachets: { one: "{count} sachet", other: "{count} sachets" },
    boxes: { one: "{count} box", other: "{count} boxes" },
    bars: { one: "{count} bar", other: "{count} bars" },
    tubes: { one: "{count} tube", other: "{count} tubes" },
    tablets: { one: "{count} tablet", other: "{count} tablets" },
  },
  name: { kg: "kg", litres: "litres", tins: "tins", pieces: "pieces", pairs: "pairs", kits: "kits", packs: "packs", sachets: "sachets", boxes: "boxes", bars: "bars", tubes: "tubes", tablets: "tablets" },
};
