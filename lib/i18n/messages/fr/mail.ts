import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {
  greeting: "Bonjour,",
  greetingName: "Bonjour {name},",
  signature: "— mobilise, pour les organisateurs",
  when: "Quand : {when}",
  where: "Où : {where}",
  online: "En ligne : {url}",
  exactPlace: "Lieu exact (merci de ne pas le diffuser publiquement) : {where}",
  placeLater: "Le lieu exact sera envoyé par e-mail aux participant·es confirmé·es à partir du {when}.",
  actionLink: "Détails : {url}",
  cancelLink: "Vous ne pouvez plus venir ? Annulez ici pour qu’une personne en liste d’attente prenne votre place : {url}",
  cancelAccount: "Vous pouvez annuler depuis la page de vos inscriptions : {url}",
  privacy: "Seuls les organisateurs de cette action voient votre nom et votre e-mail, et ils sont effacés après l’action.",
  rsvpGoing: {
    subject: "Vous êtes inscrit·e : {title}",
    body: "Votre inscription à « {title} » est confirmée.",
    guests: { one: "Vous venez avec {count} accompagnant·e.", other: "Vous venez avec {count} accompagnant·es." },
  },
  rsvpWaitlisted: {
    subject: "Vous êtes en liste d’attente : {title}",
    body: "« {title} » est complet : vous êtes en liste d’attente, position {position}. Si une place se libère, vous avancez automatiquement et nous vous prévenons par e-mail.",
  },
  promoted: {
    subject: "Une place s’est libérée : {title}",
    body: "Bonne nouvelle : une place s’est libérée et vous êtes maintenant inscrit·e à « {title} ».",
  },
  reminder: {
    subject: "Demain : {title}",
    body: "Petit rappel : « {title} » commence dans moins d’un jour.",
    safety: "Les consignes de sécurité et vos droits sont sur la page de l’action.",
  },
  reveal: {
    subject: "Le lieu de {title}",
    body: "Comme promis, voici le lieu exact de « {title} ».",
  },
  commitment: {
    subject: "Vous boycottez : {title}",
    body: "Merci d’avoir rejoint le boycott « {title} ».",
    withdrawLink: "Pour vous retirer plus tard : {url}",
  },
  pledge: {
    subject: "Votre promesse pour {title}",
    body: "Merci pour votre promesse à la collecte « {title} ». Les organisateurs vous diront comment la remettre.",
    withdrawLink: "Vous avez changé d’avis ? Retirez la promesse : {url}",
  },
};
