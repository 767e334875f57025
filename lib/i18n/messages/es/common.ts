import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Acciones solidarias cerca de ti",
  "skipToContent": "Saltar al contenido principal",
  "nav": {
    "menu": "Menú",
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
    "privacy": "No guardamos direcciones IP y conservamos los datos de asistentes solo el tiempo necesario.",
    "places": "Los nombres de ciudades de la búsqueda de lugares proceden de"
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
  "fieldErrors": {
    "required": "Este campo es obligatorio.",
    "invalid": "Revisa este valor.",
    "tooShort": "Es demasiado corto.",
    "tooLong": "Es demasiado largo.",
    "tooSmall": "Este número es demasiado pequeño.",
    "tooBig": "Este número es demasiado grande.",
    "email": "Escribe una dirección de correo válida.",
    "format": "No tiene el formato esperado.",
    "itemsOnly": "Esta colecta solo recoge artículos, no dinero.",
    "wrongCurrency": "Comprométete en la moneda de la colecta.",
    "notAnItem": "Elige un artículo de la lista de esta colecta.",
    "nameRequired": "Escribe un nombre o comprométete de forma anónima.",
    "wrongPassword": "La contraseña actual no es correcta.",
    "confirmMismatch": "Escribe tu propia dirección de correo para confirmar.",
    "contradiction": "Estas opciones se contradicen.",
    "unknownChapter": "No existe ese grupo local."
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
