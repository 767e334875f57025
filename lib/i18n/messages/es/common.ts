import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Acciones solidarias cerca de ti",
  "skipToContent": "Saltar al contenido principal",
  "nav": {
    "main": "Principal",
    "home": "Acciones",
    "statements": "Declaraciones",
    "chapters": "Capítulos",
    "signIn": "Iniciar sesión",
    "account": "Mi cuenta",
    "organise": "Organizar",
    "admin": "Administración"
  },
  "language": "Idioma",
  "loading": "Cargando…",
  "footer": {
    "about": "mobilise es software libre para la movilización solidaria.",
    "privacy": "No guardamos direcciones IP y conservamos los datos de asistentes solo el tiempo necesario."
  },
  "errors": {
    "notFoundTitle": "Página no encontrada",
    "notFoundBody": "Esta página no existe o ya no es pública.",
    "apiNotFound": "No hay nada en esta dirección de la API. Consulta /api/openapi.json para ver lo que existe.",
    "apiMethodNotAllowed": "Esta dirección no acepta {method}. Acepta: {allow}.",
    "genericTitle": "Algo salió mal",
    "genericBody": "Inténtalo de nuevo. Si sigue ocurriendo, avisa a quienes organizan.",
    "retry": "Reintentar",
    "backHome": "Volver a las acciones"
  },
  "kinds": {
    "RALLY": "Concentración",
    "DONATION_DRIVE": "Colecta de donaciones",
    "BOYCOTT": "Boicot"
  },
  "modes": {
    "IN_PERSON": "Presencial",
    "ONLINE": "En línea",
    "HYBRID": "Presencial y en línea"
  }
};
