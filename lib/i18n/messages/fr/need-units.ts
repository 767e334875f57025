export const needUnits = {
  count: {
    kg: "{count} kg",
    litres: { one: "{count} litre", other: "{count} litres" },
    tins: { one: "{count} conserve", other: "{count} conserves" },
    pieces: { one: "{count} pièce", other: "{count} pièces" },
    pairs: { one: "{count} paire", other: "{count} paires" },
    kits: { one: "{count} trousse", other: "{count} trousses" },
    packs: { one: "{count} paquet", other: "{count} paquets" },
    sachets: { one: "{count} sachet", other: "{count} sachets" },
    boxes: { one: "{count} boîte", other: "{count} boîtes" },
    bars: { one: "{count} pain", other: "{count} pains" },
    tubes: { one: "{count} tube", other: "{count} tubes" },
    tablets: { one: "{count} comprimé", other: "{count} comprimés" },
  },
  name: { kg: "kg", litres: "litres", tins: "conserves", pieces: "pièces", pairs: "paires", kits: "trousses", packs: "paquets", sachets: "sachets", boxes: "boîtes", bars: "pains", tubes: "tubes", tablets: "comprimés" },
};
