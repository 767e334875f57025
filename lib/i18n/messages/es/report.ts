import type { Messages } from "../../messages";

export const report: Messages["report"] = {
  open: "Denunciar esta acción",
  heading: "Denunciar esta acción",
  intro: "Cuéntale al equipo de moderación qué pasa. No necesitas cuenta y no registramos quién eres.",
  reasonLegend: "¿Cuál es el problema?",
  reasons: {
    SPAM: "Spam o publicidad",
    FAKE: "Es falsa o una provocación",
    DANGEROUS: "Pone a personas en peligro",
    HARASSMENT: "Acoso u odio",
    WRONG_INFORMATION: "Fecha, lugar o detalles erróneos",
    OTHER: "Otra cosa",
  },
  details: "Detalles (opcional)",
  detailsHint: "¿Qué debe saber el equipo de moderación? Por favor, no incluyas datos personales de nadie.",
  honeypot: "Deja este campo vacío",
  submit: "Enviar denuncia",
  sending: "Enviando…",
  thanks: "Gracias. El equipo de moderación la revisará pronto.",
  chooseReason: "Elige un motivo.",
  errors: {
    RATE_LIMITED: "Has enviado varias denuncias en poco tiempo. Espera unos minutos.",
    NOT_FOUND: "Esta acción ya no es pública.",
    generic: "No se pudo enviar la denuncia. Inténtalo de nuevo.",
  },
};
