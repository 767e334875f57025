import type { Messages } from "../../messages";

export const commitment: Messages["commitment"] = {
  heading: "Rejoindre le boycott",
  count: { one: "{count} personne boycotte", other: "{count} personnes boycottent" },
  commit: "Je boycotte",
  submitting: "Envoi…",
  chooseTier: "Comment voulez-vous participer ?",
  tierEmail: "Avec mon e-mail",
  tierEmailHint: "Nous vous envoyons un lien pour vous retirer plus tard. Seuls les organisateurs voient votre e-mail.",
  tierHeadcount: "Comptez-moi, anonymement",
  tierHeadcountHint: "Nous n’enregistrons rien sur vous. Ce navigateur garde un code pour vous retirer.",
  emailLabel: "E-mail",
  committed: "Vous boycottez. Merci de votre solidarité.",
  withdraw: "Me retirer",
  withdrawing: "Retrait…",
  withdrawn: "Vous vous êtes retiré·e de ce boycott.",
  fields: {
    email: "Indiquez une adresse e-mail valide.",
    generic: "Vérifiez ce champ.",
  },
};
