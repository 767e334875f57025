export const needUnits = {
  count: {
    kg: "{count} كغ",
    litres: { few: "{count} لترات", other: "{count} لتر" },
    tins: { few: "{count} علب", other: "{count} علبة" },
    pieces: { few: "{count} قطع", other: "{count} قطعة" },
    pairs: { few: "{count} أزواج", other: "{count} زوج" },
    kits: { few: "{count} حقائب", other: "{count} حقيبة" },
    packs: { few: "{count} عبوات", other: "{count} عبوة" },
    sachets: { few: "{count} أكياس", other: "{count} كيس" },
    boxes: { few: "{count} صناديق", other: "{count} صندوق" },
    bars: { few: "{count} قوالب", other: "{count} قالب" },
    tubes: { few: "{count} أنابيب", other: "{count} أنبوب" },
    tablets: { few: "{count} أقراص", other: "{count} قرص" },
  },
  name: { kg: "كغ", litres: "لترات", tins: "علب", pieces: "قطع", pairs: "أزواج", kits: "حقائب", packs: "عبوات", sachets: "أكياس", boxes: "صناديق", bars: "قوالب", tubes: "أنابيب", tablets: "أقراص" },
};
