import type { Messages } from "../../messages";

export const commitment: Messages["commitment"] = {
  heading: "Únete al boicot",
  count: { one: "{count} persona está boicoteando", other: "{count} personas están boicoteando" },
  commit: "Estoy boicoteando",
  submitting: "Enviando…",
  chooseTier: "¿Cómo quieres unirte?",
  tierEmail: "Con mi correo",
  tierEmailHint: "Te enviamos un enlace para retirarte más tarde. Solo la organización ve tu correo.",
  tierHeadcount: "Solo cuéntame, de forma anónima",
  tierHeadcountHint: "No guardamos nada sobre ti. Este navegador conserva un código para retirarte.",
  emailLabel: "Correo electrónico",
  committed: "Estás boicoteando. Gracias por tu solidaridad.",
  withdraw: "Retirarme",
  withdrawing: "Retirando…",
  withdrawn: "Te has retirado de este boicot.",
  noscript: {
    intro: "JavaScript está desactivado, así que este es el formulario sencillo. Deja tu correo para recibir un enlace con el que retirarte más tarde; sin él te contamos de forma anónima.",
    mailed: "Te enviamos por correo un enlace para retirarte.",
  },
  fields: {
    email: "Escribe un correo electrónico válido.",
    generic: "Revisa este campo.",
  },
};
