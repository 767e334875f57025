import type { Messages } from "../../messages";

export const adminMail: Messages["admin"]["mail"] = {
  greeting: "Bonjour,",
  signature: "— L’équipe de modération de mobilise",
  reasonLabel: "Motif :",
  noteLabel: "À modifier :",
  approved: {
    subject: "Votre action est en ligne : {title}",
    body: "Bonne nouvelle : la modération a approuvé « {title} ». Elle est maintenant publique : chacun peut la trouver sur la carte et y participer.",
  },
  rejected: {
    subject: "Votre action n’a pas été publiée : {title}",
    body: "La modération a décidé de ne pas publier « {title} ».",
    next: "Si vous pensez qu’il s’agit d’une erreur, ou si vous pouvez la corriger, écrivez aux administrateurs de votre section ou modifiez l’action dans votre espace :",
  },
  changes: {
    subject: "Modifications demandées : {title}",
    body: "La modération a examiné « {title} » et demande quelques modifications avant publication. L’action est revenue dans vos brouillons.",
    next: "Modifiez-la et soumettez-la de nouveau depuis votre espace :",
  },
};
