import type { Messages } from "../../messages";

export const organiseMail: Messages["organise"]["mail"] = {
  greeting: "Hola:",
  signature: "— mobilise",
  whenLabel: "Cuándo:",
  whereLabel: "Dónde:",
  placeOnPage: "consulta la página de la acción (el lugar exacto se comparte con asistentes)",
  messageLabel: "Mensaje de la organización:",
  changed: {
    subject: "Cambio: {title}",
    body: "Ha cambiado la hora o el lugar de «{title}». Estos son los datos actuales:",
  },
  cancelled: {
    subject: "Cancelada: {title}",
    body: "{chapter} ha cancelado «{title}».",
  },
  relocated: {
    subject: "Nuevo lugar: {title}",
    body: "«{title}» se ha trasladado a un nuevo lugar. Ve al nuevo lugar, no al anterior.",
  },
  compromised: {
    subject: "Aviso de seguridad: {title}",
    body: "La organización de «{title}» ha sabido que su ubicación ya no es segura. La ubicación está ahora oculta.",
    advice: "No vayas al lugar anterior. Espera noticias de la organización. Tu nombre y tu correo se han borrado de esta acción.",
  },
  fromOrganisers: "Un mensaje de {chapter}, que organiza «{title}»:",
  whyYouGetThis: "Recibes esto porque participas en esta acción. Tu dirección no se muestra a nadie más.",
  invite: {
    subject: "Te invitan a organizar con {chapter}",
    body: "{inviter} te ha invitado a coorganizar {chapter} en mobilise. Abre este enlace para iniciar sesión:",
    expires: { one: "El enlace funciona durante {count} día y una sola vez.", other: "El enlace funciona durante {count} días y una sola vez." },
    ignore: "Si no esperabas este mensaje, puedes ignorarlo.",
  },
};
