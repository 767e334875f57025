import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {
  greeting: "Hola:",
  greetingName: "Hola, {name}:",
  signature: "— mobilise, en nombre de la organización",
  when: "Cuándo: {when}",
  where: "Dónde: {where}",
  online: "En línea: {url}",
  exactPlace: "Lugar exacto (por favor, no lo compartas públicamente): {where}",
  placeLater: "El lugar exacto se enviará por correo a las personas confirmadas a partir del {when}.",
  actionLink: "Detalles: {url}",
  cancelLink: "¿Al final no puedes venir? Cancela aquí para que alguien de la lista de espera ocupe tu plaza: {url}",
  cancelAccount: "Puedes cancelar desde tu página de asistencias: {url}",
  privacy: "Solo la organización de esta acción ve tu nombre y tu correo, y se borran después de la acción.",
  rsvpGoing: {
    subject: "Tienes plaza: {title}",
    body: "Tu asistencia a «{title}» está confirmada.",
    guests: { one: "Vienes con {count} acompañante.", other: "Vienes con {count} acompañantes." },
  },
  rsvpWaitlisted: {
    subject: "Estás en lista de espera: {title}",
    body: "«{title}» está completa, así que estás en la lista de espera en la posición {position}. Si se libera una plaza avanzas automáticamente y te avisamos por correo.",
  },
  promoted: {
    subject: "Se liberó una plaza: {title}",
    body: "Buenas noticias: se liberó una plaza y ahora tienes sitio en «{title}».",
  },
  reminder: {
    subject: "Mañana: {title}",
    body: "Te recordamos que «{title}» empieza en menos de un día.",
    safety: "La información de seguridad y tus derechos están en la página de la acción.",
  },
  reveal: {
    subject: "El lugar de {title}",
    body: "Como prometimos, este es el lugar exacto de «{title}».",
  },
  commitment: {
    subject: "Estás boicoteando: {title}",
    body: "Gracias por unirte al boicot «{title}».",
    withdrawLink: "Para retirarte más adelante: {url}",
  },
  pledge: {
    subject: "Tu promesa para {title}",
    body: "Gracias por tu promesa a la colecta «{title}». Las personas organizadoras te dirán cómo entregarla.",
    withdrawLink: "¿Cambiaste de idea? Retira la promesa: {url}",
  },
};
