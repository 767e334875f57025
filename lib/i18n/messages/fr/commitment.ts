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
  noscript: {
    intro: "JavaScript est désactivé : voici le formulaire simple. Laissez votre e-mail pour recevoir un lien permettant de vous retirer plus tard ; sans lui, vous êtes compté·e anonymement.",
    mailed: "Nous vous avons envoyé par e-mail un lien pour vous retirer.",
  },
  fields: {
    email: "Indiquez une adresse e-mail valide.",
    generic: "Vérifiez ce champ.",
  },
};
