// Words and formats in the staff user's language (de, fr, en); money, dates and numbers in the
// restaurant's currency and time zone.

const MESSAGES = {
  en: {
    'app.title': 'Patron', 'nav.customers': 'Customers', 'nav.signOut': 'Sign out',
    'signIn.title': 'Sign in', 'signIn.tenant': 'Restaurant', 'signIn.tenantHint': 'Your restaurant\'s short name or id',
    'signIn.email': 'Email', 'signIn.password': 'Password', 'signIn.submit': 'Sign in',
    'signIn.failed': 'The email or the password is wrong.', 'signIn.wait': 'Too many attempts. Try again in {s} seconds.',
    'session.ended': 'Your session has ended. Please sign in again.',
    'offline': 'The connection to the server was lost. Nothing was saved; try again.',
    'setPassword.title': 'Choose your password', 'setPassword.hint': 'At least 12 characters. A few unrelated words make a good one.',
    'setPassword.submit': 'Set password', 'setPassword.done': 'Your password is set. You can sign in now.',
    'customers.title': 'Customers', 'customers.add': '+ Add customer', 'customers.search': 'Search by name, email, phone, company or reference',
    'customers.sort': 'Sort', 'customers.sort.name': 'Name', 'customers.sort.newest': 'Newest',
    'customers.more': 'Show more', 'customers.none': 'No customers found.',
    'col.name': 'Name', 'col.email': 'Email', 'col.phone': 'Phone', 'col.company': 'Company',
    'field.firstName': 'First name', 'field.lastName': 'Last name', 'field.email': 'Email', 'field.company': 'Company',
    'field.taxId': 'Tax id', 'field.language': 'Language', 'field.primaryPhone': 'Phone', 'field.secondaryPhone': 'Second phone',
    'field.referenceId': 'Reference', 'field.notes': 'Notes', 'field.notesHint': 'Allergies, a preferred table or area …',
    'field.emailNotifications': 'Allow email notifications',
    'field.emailNotificationsHint': 'Ask the customer for their permission first.',
    'field.primaryAddress': 'Postal address', 'field.secondaryAddress': 'Second address',
    'field.street': 'Street', 'field.postalCode': 'Postal code', 'field.city': 'City', 'field.state': 'State', 'field.country': 'Country',
    'required': 'required',
    'form.save': 'Save', 'form.cancel': 'Cancel', 'form.create': 'Add customer', 'form.invalid': 'Please check the marked fields.',
    'customer.contact': 'Contact details', 'customer.address': 'Postal address', 'customer.notes': 'Notes', 'customer.edit': 'Edit',
    'customer.stale': 'Someone else changed this customer meanwhile.', 'customer.reload': 'Reload',
    'customer.back': 'All customers', 'customer.none': '—',
    'actions': 'Actions', 'actions.edit': 'Edit', 'actions.archive': 'Archive',
    'archive.title': 'Archive this customer?', 'archive.intro': 'The profile and everything linked to it is removed for good:',
    'archive.profile': 'The customer profile, its search entries and the personal data in its events.',
    'archive.deletes': 'Deletes', 'archive.anonymises': 'Anonymises', 'archive.vetoed': 'It cannot be archived now:',
    'archive.confirm': 'Archive for good', 'archive.done': 'The customer was archived.',
  },
  de: {
    'app.title': 'Patron', 'nav.customers': 'Kunden', 'nav.signOut': 'Abmelden',
    'signIn.title': 'Anmelden', 'signIn.tenant': 'Restaurant', 'signIn.tenantHint': 'Kurzname oder Id Ihres Restaurants',
    'signIn.email': 'E-Mail', 'signIn.password': 'Passwort', 'signIn.submit': 'Anmelden',
    'signIn.failed': 'E-Mail oder Passwort ist falsch.', 'signIn.wait': 'Zu viele Versuche. Bitte in {s} Sekunden erneut versuchen.',
    'session.ended': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    'offline': 'Die Verbindung zum Server ist unterbrochen. Nichts wurde gespeichert; bitte erneut versuchen.',
    'setPassword.title': 'Passwort festlegen', 'setPassword.hint': 'Mindestens 12 Zeichen. Einige unzusammenhängende Wörter sind ein gutes Passwort.',
    'setPassword.submit': 'Passwort festlegen', 'setPassword.done': 'Ihr Passwort ist gesetzt. Sie können sich jetzt anmelden.',
    'customers.title': 'Kunden', 'customers.add': '+ Kunde hinzufügen', 'customers.search': 'Suche nach Name, E-Mail, Telefon, Firma oder Kundennummer',
    'customers.sort': 'Sortierung', 'customers.sort.name': 'Name', 'customers.sort.newest': 'Neueste',
    'customers.more': 'Mehr anzeigen', 'customers.none': 'Keine Kunden gefunden.',
    'col.name': 'Name', 'col.email': 'E-Mail', 'col.phone': 'Telefon', 'col.company': 'Firma',
    'field.firstName': 'Vorname', 'field.lastName': 'Nachname', 'field.email': 'E-Mail', 'field.company': 'Firma',
    'field.taxId': 'UID-Nummer', 'field.language': 'Sprache', 'field.primaryPhone': 'Telefon', 'field.secondaryPhone': 'Zweites Telefon',
    'field.referenceId': 'Kundennummer', 'field.notes': 'Notizen', 'field.notesHint': 'Allergien, bevorzugter Tisch oder Bereich …',
    'field.emailNotifications': 'E-Mail-Benachrichtigungen erlauben',
    'field.emailNotificationsHint': 'Fragen Sie den Kunden vorher um Erlaubnis.',
    'field.primaryAddress': 'Postanschrift', 'field.secondaryAddress': 'Zweite Anschrift',
    'field.street': 'Straße', 'field.postalCode': 'PLZ', 'field.city': 'Ort', 'field.state': 'Bundesland', 'field.country': 'Land',
    'required': 'Pflichtfeld',
    'form.save': 'Speichern', 'form.cancel': 'Abbrechen', 'form.create': 'Kunde anlegen', 'form.invalid': 'Bitte prüfen Sie die markierten Felder.',
    'customer.contact': 'Kontaktdaten', 'customer.address': 'Postanschrift', 'customer.notes': 'Notizen', 'customer.edit': 'Bearbeiten',
    'customer.stale': 'Jemand anderes hat diesen Kunden inzwischen geändert.', 'customer.reload': 'Neu laden',
    'customer.back': 'Alle Kunden', 'customer.none': '—',
    'actions': 'Aktionen', 'actions.edit': 'Bearbeiten', 'actions.archive': 'Archivieren',
    'archive.title': 'Diesen Kunden archivieren?', 'archive.intro': 'Das Profil und alles, was damit verknüpft ist, wird endgültig entfernt:',
    'archive.profile': 'Das Kundenprofil, seine Sucheinträge und die persönlichen Daten in seinen Ereignissen.',
    'archive.deletes': 'Löscht', 'archive.anonymises': 'Anonymisiert', 'archive.vetoed': 'Er kann jetzt nicht archiviert werden:',
    'archive.confirm': 'Endgültig archivieren', 'archive.done': 'Der Kunde wurde archiviert.',
  },
  fr: {
    'app.title': 'Patron', 'nav.customers': 'Clients', 'nav.signOut': 'Se déconnecter',
    'signIn.title': 'Connexion', 'signIn.tenant': 'Restaurant', 'signIn.tenantHint': 'Nom court ou identifiant de votre restaurant',
    'signIn.email': 'E-mail', 'signIn.password': 'Mot de passe', 'signIn.submit': 'Se connecter',
    'signIn.failed': 'L\'e-mail ou le mot de passe est incorrect.', 'signIn.wait': 'Trop de tentatives. Réessayez dans {s} secondes.',
    'session.ended': 'Votre session a expiré. Veuillez vous reconnecter.',
    'offline': 'La connexion au serveur est perdue. Rien n\'a été enregistré ; réessayez.',
    'setPassword.title': 'Choisir votre mot de passe', 'setPassword.hint': 'Au moins 12 caractères. Quelques mots sans rapport font un bon mot de passe.',
    'setPassword.submit': 'Enregistrer', 'setPassword.done': 'Votre mot de passe est enregistré. Vous pouvez vous connecter.',
    'customers.title': 'Clients', 'customers.add': '+ Ajouter un client', 'customers.search': 'Rechercher par nom, e-mail, téléphone, société ou référence',
    'customers.sort': 'Tri', 'customers.sort.name': 'Nom', 'customers.sort.newest': 'Plus récents',
    'customers.more': 'Afficher plus', 'customers.none': 'Aucun client trouvé.',
    'col.name': 'Nom', 'col.email': 'E-mail', 'col.phone': 'Téléphone', 'col.company': 'Société',
    'field.firstName': 'Prénom', 'field.lastName': 'Nom', 'field.email': 'E-mail', 'field.company': 'Société',
    'field.taxId': 'Numéro de TVA', 'field.language': 'Langue', 'field.primaryPhone': 'Téléphone', 'field.secondaryPhone': 'Second téléphone',
    'field.referenceId': 'Référence', 'field.notes': 'Notes', 'field.notesHint': 'Allergies, table ou zone préférée …',
    'field.emailNotifications': 'Autoriser les notifications par e-mail',
    'field.emailNotificationsHint': 'Demandez d\'abord l\'accord du client.',
    'field.primaryAddress': 'Adresse postale', 'field.secondaryAddress': 'Seconde adresse',
    'field.street': 'Rue', 'field.postalCode': 'Code postal', 'field.city': 'Ville', 'field.state': 'Région', 'field.country': 'Pays',
    'required': 'obligatoire',
    'form.save': 'Enregistrer', 'form.cancel': 'Annuler', 'form.create': 'Ajouter le client', 'form.invalid': 'Veuillez vérifier les champs marqués.',
    'customer.contact': 'Coordonnées', 'customer.address': 'Adresse postale', 'customer.notes': 'Notes', 'customer.edit': 'Modifier',
    'customer.stale': 'Quelqu\'un d\'autre a modifié ce client entre-temps.', 'customer.reload': 'Recharger',
    'customer.back': 'Tous les clients', 'customer.none': '—',
    'actions': 'Actions', 'actions.edit': 'Modifier', 'actions.archive': 'Archiver',
    'archive.title': 'Archiver ce client ?', 'archive.intro': 'Le profil et tout ce qui y est lié sont supprimés définitivement :',
    'archive.profile': 'Le profil client, ses entrées de recherche et les données personnelles de ses événements.',
    'archive.deletes': 'Supprime', 'archive.anonymises': 'Anonymise', 'archive.vetoed': 'Il ne peut pas être archivé maintenant :',
    'archive.confirm': 'Archiver définitivement', 'archive.done': 'Le client a été archivé.',
  },
};

let language = pick(navigator.language);

function pick(tag) {
  const base = (tag || 'en').slice(0, 2).toLowerCase();
  return MESSAGES[base] ? base : 'en';
}

export function setLanguage(tag) {
  language = pick(tag);
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

/** The message for {@code key} in the current language, with {name} placeholders filled. */
export function t(key, values = {}) {
  const text = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
