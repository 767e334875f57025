export const needUnits = {
  count: {
    kg: "{count} kg",
    litres: { one: "{count} litro", other: "{count} litros" },
    tins: { one: "{count} lata", other: "{count} latas" },
    pieces: { one: "{count} unidad", other: "{count} unidades" },
    pairs: { one: "{count} par", other: "{count} pares" },
    kits: { one: "{count} kit", other: "{count} kits" },
    packs: { one: "{count} paquete", other: "{count} paquetes" },
    sachets: { one: "{count} sobre", other: "{count} sobres" },
    boxes: { one: "{count} caja", other: "{count} cajas" },
    bars: { one: "{count} pastilla", other: "{count} pastillas" },
    tubes: { one: "{count} tubo", other: "{count} tubos" },
    tablets: { one: "{count} comprimido", other: "{count} comprimidos" },
  },
  name: { kg: "kg", litres: "litros", tins: "latas", pieces: "unidades", pairs: "pares", kits: "kits", packs: "paquetes", sachets: "sobres", boxes: "cajas", bars: "pastillas", tubes: "tubos", tablets: "comprimidos" },
};
