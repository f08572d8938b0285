/** Português, compreensível em Portugal e no Brasil: o vocabulário da CNPD, da ANPD e dos sites («Aceitar todos» / «Rejeitar todos»). */
export const banner = {
  bannerTitle: 'Cookies e tecnologias semelhantes',
  bannerText:
    'Podemos enviar identificadores de cookies e o seu histórico de navegação a outras empresas, algumas fora do Japão. Escolha o que aceita; o site funciona em qualquer caso.',
  purposes: 'Finalidades: ',
  gpc: 'O seu navegador envia o sinal Global Privacy Control (GPC), por isso estas finalidades ficam desativadas, a menos que as ative nas preferências: ',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  policy: 'Política de privacidade',
  disclosure: 'Transmissão de dados a terceiros',
  rights: 'Pedidos de acesso e eliminação',
  saved: 'As suas escolhas foram guardadas.',
}

export const dialog = {
  stopProvision: 'Parar toda a partilha opcional',
  dialogTitle: 'Preferências de cookies',
  dialogIntro: 'Escolha cada finalidade separadamente. As estritamente necessárias mantêm o site a funcionar e não podem ser desativadas. Pode alterar as suas escolhas ou retirar o consentimento a qualquer momento.',
  close: 'Fechar',
  save: 'Guardar as minhas escolhas',
  required: 'Sempre ativos',
  noticed: 'Sempre ativos (aviso)',
  optOutModel: 'Ativos, salvo se se opuser',
  vendors: 'Destinatários',
  country: 'País',
  dataItems: 'Dados enviados',
  purpose: 'Finalidade',
  vendorPolicy: 'Política de privacidade',
  linksToPersonalData: 'Associado a dados pessoais',
  foreignSystem: 'Regime de proteção de dados do país',
  measures: 'Medidas adotadas pelo destinatário',
  countryUnknown: 'Porque não é possível indicar o país',
  newTab: ' (abre num novo separador)',
  language: 'Idioma',
}

export const placeholder = {
  lead: 'Este conteúdo é carregado a partir de outra empresa. Ao mostrá-lo, são enviados dados a:',
  purpose: 'Finalidade: ',
  allow: 'Mostrar este conteúdo',
  preferences: 'Preferências de cookies',
}

export const record = {
  title: 'Registo de consentimento (este navegador)',
  none: 'Ainda não há registos.',
  download: 'Descarregar o meu registo de consentimento (JSON)',
  given: 'Dado',
  changed: 'Alterado',
  withdrawn: 'Retirado',
  expired: 'Expirado',
  pending: 'ainda não enviado',
}

export const disclosure = {
  title: 'Transmissão de dados dos utilizadores a terceiros',
  recipient: 'Destinatário',
  dataItems: 'Dados enviados',
  purpose: 'Finalidade',
  country: 'País',
  linked: 'Associação a dados pessoais',
  policy: 'Política de privacidade',
  foreignSystem: 'Regime de proteção de dados do país',
  measures: 'Medidas adotadas',
  required: ' (necessário para disponibilizar o site, por isso enviado sem pedir consentimento)',
  yes: 'Sim',
  no: 'Não',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identificadores de cookies e semelhantes',
  'ad-id': 'Identificador de publicidade (do dispositivo)',
  'browsing-history': 'Histórico de navegação (páginas visitadas)',
  'ip-address': 'Endereço IP',
  'device-info': 'Dados do dispositivo e do navegador (sistema operativo, tipo de navegador)',
  'purchase-history': 'Histórico de compras',
  location: 'Localização',
  email: 'Endereço de e-mail',
  'hashed-email': 'Endereço de e-mail em hash',
  phone: 'Número de telefone',
  name: 'Nome',
  address: 'Morada',
  'user-id': 'ID de cliente',
  referrer: 'Página de origem',
  interests: 'Interesses inferidos',
  conversion: 'Dados de conversão (compra ou registo)',
  'payment-card': 'Parte do número do cartão',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Enviamos identificadores de cookies e o histórico de navegação a outras empresas, para estas finalidades:',
  optOut: 'Opor-me à partilha',
  close: 'Fechar',
}
