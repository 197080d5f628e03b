<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>App</name>
        <message>
            <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
            <translation>Vos paramètres n'ont pas pu être lus : les valeurs par défaut sont utilisées. L'ancien fichier a été conservé à côté, sous le nom settings.json.bad.</translation>
        </message>
        <message>
            <source>Your organisation's policy file could not be fully read; Settings → Diagnostics says what was wrong.</source>
            <translation>Le fichier de règles de votre organisation n'a pas pu être lu entièrement ; Paramètres → Diagnostic indique ce qui ne va pas.</translation>
        </message>
    </context>
    <context>
        <name>CatalogCard</name>
        <message>
            <source>Recommended for this computer</source>
            <translation>Recommandé pour cet ordinateur</translation>
        </message>
        <message>
            <source>about {0}</source>
            <translation>environ {0}</translation>
        </message>
        <message>
            <source>{maker} · {params} parameters · {size} download · {quant}</source>
            <translation>{maker} · {params} paramètres · {size} à télécharger · {quant}</translation>
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation>{verdict} : {reason}</translation>
        </message>
        <message>
            <source>; slow without a large graphics card</source>
            <translation>; lent sans une grosse carte graphique</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <translation>En attente…</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>Download {0}</source>
            <translation>Télécharger {0}</translation>
        </message>
        <message>
            <source>Downloads are turned off: Tramontane is set to work offline only.</source>
            <translation>Les téléchargements sont désactivés : Tramontane est réglé pour fonctionner hors ligne uniquement.</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>This computer: {0}. Models that fit come first.</source>
            <translation>Cet ordinateur : {0}. Les modèles qui tiennent viennent en premier.</translation>
        </message>
        <message>
            <source>Downloads are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation>Les téléchargements sont désactivés, car Tramontane est réglé pour fonctionner hors ligne uniquement (Paramètres).</translation>
        </message>
        <message>
            <source>Model catalog</source>
            <translation>Catalogue de modèles</translation>
        </message>
    </context>
    <context>
        <name>ChatController</name>
        <message>
            <source>The model could not be loaded. %1</source>
            <translation>Le modèle n'a pas pu être chargé. %1</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Aucun modèle chargé</translation>
        </message>
        <message>
            <source>runs on the processor</source>
            <translation>tourne sur le processeur</translation>
        </message>
        <message>
            <source>runs on %1 (%2 of %3 layers)</source>
            <translation>tourne sur %1 (%2 couches sur %3)</translation>
        </message>
        <message>
            <source>runs on %1</source>
            <translation>tourne sur %1</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
            <translation>Le modèle s'est arrêté de façon inattendue et redémarre. Votre conversation est intacte ; renvoyez votre message.</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <source>Conversation title</source>
            <translation>Titre de la conversation</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle discussion</translation>
        </message>
        <message>
            <source>Model for this conversation</source>
            <translation>Modèle de cette conversation</translation>
        </message>
        <message>
            <source>Each conversation remembers the model it uses</source>
            <translation>Chaque conversation retient le modèle qu'elle utilise</translation>
        </message>
        <message>
            <source>Model state</source>
            <translation>État du modèle</translation>
        </message>
        <message>
            <source>Model loading progress</source>
            <translation>Progression du chargement du modèle</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Contexte utilisé</translation>
        </message>
        <message>
            <source>How much of what the model can read at once this conversation uses</source>
            <translation>La part de ce que le modèle peut lire d'un coup qu'occupe cette conversation</translation>
        </message>
        <message>
            <source>System prompt…</source>
            <translation>Consignes système…</translation>
        </message>
        <message>
            <source>Edit this conversation's system prompt</source>
            <translation>Modifier les consignes système de cette conversation</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Réponse copiée</translation>
        </message>
        <message>
            <source>%1 of %2 tokens used</source>
            <translation>%1 jetons utilisés sur %2</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Consignes système</translation>
        </message>
        <message>
            <source>Instructions the model follows in this conversation:</source>
            <translation>Consignes que le modèle suit dans cette conversation :</translation>
        </message>
        <message>
            <source>Send a first message, then set the system prompt.</source>
            <translation>Envoyez d'abord un message, puis définissez les consignes système.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
            <translation>Écrire à Tramontane  (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
            <translation>Tapez une question. Entrée l'envoie, Maj+Entrée ajoute une ligne.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Stop the reply</source>
            <translation>Arrêter la réponse</translation>
        </message>
        <message>
            <source>Send message</source>
            <translation>Envoyer le message</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Arrêter (Échap)</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Envoyer (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Pinned</source>
            <translation>Épinglées</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Plus anciennes</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle discussion</translation>
        </message>
        <message>
            <source>New conversation</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>New conversation (%1)</source>
            <translation>Nouvelle conversation (%1)</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Rechercher dans les conversations</translation>
        </message>
        <message>
            <source>Finds conversations by their title and their text</source>
            <translation>Trouve les conversations par leur titre et leur texte</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Enter opens, F2 renames, Delete deletes with undo</source>
            <translation>Entrée ouvre, F2 renomme, Suppr supprime (annulable)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Conversation supprimée.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Désépingler</translation>
        </message>
        <message>
            <source>Pin to top</source>
            <translation>Épingler en haut</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Tramontane</source>
            <translation>Tramontane</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processeur</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Jeux d'instructions</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Mémoire</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier de données</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Dossier des modèles</translation>
        </message>
        <message>
            <source>Config folder</source>
            <translation>Dossier de configuration</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Dossier de cache</translation>
        </message>
        <message>
            <source>Logs folder</source>
            <translation>Dossier des journaux</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>IT policy</source>
            <translation>Règles informatiques</translation>
        </message>
        <message>
            <source>Policy problem</source>
            <translation>Problème de règles</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Moteur de calcul</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Fichier du modèle</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Répartition</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Échantillonnage</translation>
        </message>
        <message>
            <source>Speed test</source>
            <translation>Test de vitesse</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Measuring… (a few seconds)</source>
            <translation>Mesure en cours… (quelques secondes)</translation>
        </message>
        <message>
            <source>Reading: %1 tokens per second. Writing: %2 tokens per second. First words after %3 s.</source>
            <translation>Lecture : %1 jetons par seconde. Écriture : %2 jetons par seconde. Premiers mots après %3 s.</translation>
        </message>
        <message>
            <source>No model is loaded, so there is nothing to measure.</source>
            <translation>Aucun modèle n'est chargé : il n'y a rien à mesurer.</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>This computer and Tramontane</source>
            <translation>Cet ordinateur et Tramontane</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Diagnostic report</source>
            <translation>Rapport de diagnostic</translation>
        </message>
        <message>
            <source>Version, system, memory, devices, model and folders</source>
            <translation>Version, système, mémoire, appareils, modèle et dossiers</translation>
        </message>
        <message>
            <source>Copies the report, in English, to paste into a message to your help desk. It holds no conversation text.</source>
            <translation>Copie le rapport, en anglais, pour le coller dans un message à votre assistance informatique. Il ne contient aucun texte de conversation.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Refresh the report</source>
            <translation>Actualiser le rapport</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Measures how fast the current model reads a question and writes a reply on this computer. A reply you ask for meanwhile waits.</source>
            <translation>Mesure la vitesse à laquelle le modèle actuel lit une question et écrit une réponse sur cet ordinateur. Une réponse demandée pendant la mesure attend la fin.</translation>
        </message>
        <message>
            <source>Speed test</source>
            <translation>Test de vitesse</translation>
        </message>
        <message>
            <source>Speed test result</source>
            <translation>Résultat du test de vitesse</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{0} the download of {1}</source>
            <translation>{0} le téléchargement de {1}</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} sur {1}</translation>
        </message>
        <message>
            <source>Waiting for the downloads before it</source>
            <translation>En attente des téléchargements précédents</translation>
        </message>
        <message>
            <source>Asking the hub about the file…</source>
            <translation>Interrogation du hub sur le fichier…</translation>
        </message>
        <message>
            <source>Paused at {0}</source>
            <translation>En pause à {0}</translation>
        </message>
        <message>
            <source>Checking the file ({0:.0%})…</source>
            <translation>Vérification du fichier ({0:.0%})…</translation>
        </message>
        <message>
            <source>Downloaded and checked; it is in your models list.</source>
            <translation>Téléchargé et vérifié ; il figure dans votre liste de modèles.</translation>
        </message>
        <message>
            <source>Cancelled; the partial file was deleted.</source>
            <translation>Annulé ; le fichier partiel a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>DownloadsView</name>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Follow the system (%1)</source>
            <translation>Comme le système (%1)</translation>
        </message>
        <message>
            <source>The language of Tramontane's menus and messages. Models answer in the language you write to them.</source>
            <translation>La langue des menus et des messages de Tramontane. Les modèles répondent dans la langue où vous leur écrivez.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Light or dark colours. “Follow the system” changes along with your computer's setting.</source>
            <translation>Couleurs claires ou sombres. « Comme le système » suit le réglage de votre ordinateur.</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Petit</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Grand</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Plus grand</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Très grand</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>Makes all the text in Tramontane larger or smaller.</source>
            <translation>Agrandit ou réduit tout le texte de Tramontane.</translation>
        </message>
        <message>
            <source>Comfortable</source>
            <translation>Confortable</translation>
        </message>
        <message>
            <source>Compact</source>
            <translation>Compact</translation>
        </message>
        <message>
            <source>Spacing</source>
            <translation>Espacement</translation>
        </message>
        <message>
            <source>Compact puts less space between messages, so more of them fit on the screen.</source>
            <translation>Compact réduit l'espace entre les messages, pour en afficher davantage à l'écran.</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Where the model runs</source>
            <translation>Où tourne le modèle</translation>
        </message>
        <message>
            <source>In use now</source>
            <translation>Utilisé en ce moment</translation>
        </message>
        <message>
            <source>Automatic (graphics card when it helps)</source>
            <translation>Automatique (carte graphique quand c'est utile)</translation>
        </message>
        <message>
            <source>Processor only</source>
            <translation>Processeur uniquement</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Calcul sur</translation>
        </message>
        <message>
            <source>Automatic uses a graphics card when there is one with enough memory, and the processor otherwise.</source>
            <translation>Automatique utilise une carte graphique s'il y en a une avec assez de mémoire, et le processeur sinon.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Layers on the graphics card</source>
            <translation>Couches sur la carte graphique</translation>
        </message>
        <message>
            <source>How much of the model goes on the graphics card. Automatic puts as much as fits; lower it if other programs need the card.</source>
            <translation>La part du modèle placée sur la carte graphique. Automatique en met autant que possible ; baissez ce nombre si d'autres programmes ont besoin de la carte.</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>Automatique (%1)</translation>
        </message>
        <message>
            <source>Processor threads</source>
            <translation>Threads du processeur</translation>
        </message>
        <message>
            <source>How many processor cores the model uses. Automatic uses every physical core.</source>
            <translation>Le nombre de cœurs du processeur qu'utilise le modèle. Automatique les utilise tous (cœurs physiques).</translation>
        </message>
        <message>
            <source>Reload the model with these settings</source>
            <translation>Recharger le modèle avec ces réglages</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Aucun modèle n'est chargé.</translation>
        </message>
        <message>
            <source>The processor</source>
            <translation>Le processeur</translation>
        </message>
        <message>
            <source>%1 (%2 of %3 layers)</source>
            <translation>%1 (%2 couches sur %3)</translation>
        </message>
        <message>
            <source>Runs on</source>
            <translation>Tourne sur</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 jetons</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Processeur</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Carte graphique</translation>
        </message>
        <message>
            <source>%1 GB free of %2 GB</source>
            <translation>%1 Go libres sur %2 Go</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>About Tramontane</source>
            <translation>À propos de Tramontane</translation>
        </message>
        <message>
            <source>Tramontane %1

Private AI chat on your own computer. The models run here, your conversations are stored encrypted, and nothing goes online unless you download a model.

Apache License 2.0.</source>
            <translation>Tramontane %1

Une IA conversationnelle privée, sur votre propre ordinateur. Les modèles tournent ici, vos conversations sont enregistrées chiffrées, et rien ne part sur Internet, sauf si vous téléchargez un modèle.

Licence Apache 2.0.</translation>
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <source>Search the model hub, e.g. “mistral instruct”</source>
            <translation>Rechercher sur le hub de modèles, p. ex. « mistral instruct »</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Mots recherchés</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search the model hub</source>
            <translation>Rechercher sur le hub de modèles</translation>
        </message>
        <message>
            <source>Repositories found</source>
            <translation>Dépôts trouvés</translation>
        </message>
        <message>
            <source>Model files in the chosen repository</source>
            <translation>Fichiers de modèle du dépôt choisi</translation>
        </message>
        <message>
            <source>Columns of the file list</source>
            <translation>Colonnes de la liste des fichiers</translation>
        </message>
        <message>
            <source>Compression</source>
            <translation>Compression</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Ce que cela signifie</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>Download this file</source>
            <translation>Télécharger ce fichier</translation>
        </message>
        <message>
            <source>Download the selected file</source>
            <translation>Télécharger le fichier sélectionné</translation>
        </message>
        <message>
            <source>Search, then choose a repository to see its model files.</source>
            <translation>Lancez une recherche, puis choisissez un dépôt pour voir ses fichiers de modèle.</translation>
        </message>
        <message>
            <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
            <translation>La recherche envoie vos mots au hub de modèles (huggingface.co). Rien d'autre ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation>La recherche et le téléchargement sont désactivés, car Tramontane est réglé pour fonctionner hors ligne uniquement (Paramètres).</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>{0} repositories with GGUF models, most downloaded first.</source>
            <translation>{0} dépôts avec des modèles GGUF, les plus téléchargés en premier.</translation>
        </message>
        <message>
            <source>Nothing found; try fewer or other words.</source>
            <translation>Aucun résultat ; essayez avec moins de mots ou d'autres mots.</translation>
        </message>
        <message>
            <source>{0} downloads last month</source>
            <translation>{0} téléchargements le mois dernier</translation>
        </message>
        <message>
            <source>Reading the list of files…</source>
            <translation>Lecture de la liste des fichiers…</translation>
        </message>
        <message>
            <source>Licence: {0}</source>
            <translation>Licence : {0}</translation>
        </message>
        <message>
            <source>Gated: its makers ask you to accept their terms on the hub's website; Tramontane will then ask for your access token.</source>
            <translation>Accès restreint : ses auteurs vous demandent d'accepter leurs conditions sur le site du hub ; Tramontane vous demandera ensuite votre jeton d'accès.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files.</source>
            <translation>Ce dépôt ne contient aucun fichier de modèle GGUF.</translation>
        </message>
        <message>
            <source> ({0} parts)</source>
            <translation> ({0} parties)</translation>
        </message>
    </context>
    <context>
        <name>LocalModelsView</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Compression</source>
            <translation>Compression</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>Models on this computer. Drop a .gguf file here to add it.</source>
            <translation>Les modèles de cet ordinateur. Déposez ici un fichier .gguf pour l'ajouter.</translation>
        </message>
        <message>
            <source>Add a model file…</source>
            <translation>Ajouter un fichier de modèle…</translation>
        </message>
        <message>
            <source>Add a model file from this computer</source>
            <translation>Ajouter un fichier de modèle depuis cet ordinateur</translation>
        </message>
        <message>
            <source>Use in this conversation</source>
            <translation>Utiliser dans cette conversation</translation>
        </message>
        <message>
            <source>Use the selected model in this conversation</source>
            <translation>Utiliser le modèle sélectionné dans cette conversation</translation>
        </message>
        <message>
            <source>Use for new conversations</source>
            <translation>Utiliser pour les nouvelles conversations</translation>
        </message>
        <message>
            <source>Make the selected model the default</source>
            <translation>Faire du modèle sélectionné le modèle par défaut</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Show the selected model's file in its folder</source>
            <translation>Afficher le fichier du modèle sélectionné dans son dossier</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modèles sur cet ordinateur</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Sort the models by</source>
            <translation>Trier les modèles par</translation>
        </message>
        <message>
            <source>No models yet. Download one from the catalog, or add a .gguf file.</source>
            <translation>Aucun modèle pour l'instant. Téléchargez-en un depuis le catalogue, ou ajoutez un fichier .gguf.</translation>
        </message>
        <message>
            <source>No model selected</source>
            <translation>Aucun modèle sélectionné</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation>{verdict} : {reason}</translation>
        </message>
        <message>
            <source> in {0} files</source>
            <translation> en {0} fichiers</translation>
        </message>
        <message>
            <source>{0} tokens at once</source>
            <translation>{0} jetons à la fois</translation>
        </message>
        <message>
            <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
            <translation>Dans un dossier partagé : Tramontane l'utilise sur place et ne le supprime jamais.</translation>
        </message>
        <message>
            <source>Comes with Tramontane.</source>
            <translation>Fourni avec Tramontane.</translation>
        </message>
        <message>
            <source>Used where it is, outside your models folder.</source>
            <translation>Utilisé sur place, hors de votre dossier de modèles.</translation>
        </message>
        <message>
            <source>★ New conversations start with this model.</source>
            <translation>★ Les nouvelles conversations démarrent avec ce modèle.</translation>
        </message>
        <message>
            <source>Remove from list…</source>
            <translation>Retirer de la liste…</translation>
        </message>
        <message>
            <source>Tramontane does not delete files in shared or bundled folders.</source>
            <translation>Tramontane ne supprime pas les fichiers des dossiers partagés ou intégrés.</translation>
        </message>
        <message>
            <source>This model may not run well here: {0}</source>
            <translation>Ce modèle risque de mal fonctionner ici : {0}</translation>
        </message>
        <message>
            <source>Take {0} off the list? The file stays where it is:
{1}</source>
            <translation>Retirer {0} de la liste ? Le fichier reste où il est :
{1}</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Retirer de la liste</translation>
        </message>
        <message>
            <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
            <translation>Supprimer {0} ? Son fichier ({1}) sera effacé de cet ordinateur.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Supprimer le modèle</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chat</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>%1 pane</source>
            <translation>Volet %1</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Keyboard shortcuts, diagnostics and about Tramontane</source>
            <translation>Raccourcis clavier, diagnostic et à propos de Tramontane</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>Open link</source>
            <translation>Ouvrir le lien</translation>
        </message>
        <message>
            <source>Open this link in your browser?</source>
            <translation>Ouvrir ce lien dans votre navigateur ?</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>The messages of this conversation, oldest first</source>
            <translation>Les messages de cette conversation, du plus ancien au plus récent</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message numerus="yes">
            <source>%Ln tokens</source>
            <translation>
                <numerusform>%Ln jeton</numerusform>
                <numerusform>%Ln jetons</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 tok/s</source>
            <translation>%1 jetons/s</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>no reply</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Votre message</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>Copier ce message</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit this question and send it again</source>
            <translation>Modifier cette question et la renvoyer</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Régénérer</translation>
        </message>
        <message>
            <source>Write another reply</source>
            <translation>Écrire une autre réponse</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Version précédente</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Version suivante</translation>
        </message>
        <message>
            <source>Version %1 of %2</source>
            <translation>Version %1 sur %2</translation>
        </message>
        <message>
            <source>Reading your message… %1%</source>
            <translation>Lecture de votre message… %1 %</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Réflexion…</translation>
        </message>
        <message>
            <source>No reply was written.</source>
            <translation>Aucune réponse n'a été écrite.</translation>
        </message>
        <message>
            <source>Edit your question</source>
            <translation>Modifiez votre question</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Send the changed question</source>
            <translation>Envoyer la question modifiée</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Annuler la modification</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>The starter model</source>
            <translation>Le modèle de démarrage</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Default model</source>
            <translation>Modèle par défaut</translation>
        </message>
        <message>
            <source>The model Tramontane loads when it starts. Each conversation can still use another one.</source>
            <translation>Le modèle que Tramontane charge au démarrage. Chaque conversation peut tout de même en utiliser un autre.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <source>Lower gives focused, predictable replies; higher gives more varied, creative ones.</source>
            <translation>Plus bas : des réponses précises et prévisibles ; plus haut : des réponses plus variées et créatives.</translation>
        </message>
        <message>
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
            <translation>Parmi combien de mots probables le modèle choisit. Plus bas, il est plus prudent ; 0,95 convient à la plupart des usages.</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> jetons</translation>
        </message>
        <message>
            <source>Maximum reply length</source>
            <translation>Longueur maximale des réponses</translation>
        </message>
        <message>
            <source>A reply stops after this many tokens (a token is about three quarters of a word).</source>
            <translation>Une réponse s'arrête après ce nombre de jetons (un jeton vaut environ trois quarts de mot).</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 jetons</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Longueur du contexte</translation>
        </message>
        <message>
            <source>How much of the conversation the model can read at once. Longer needs more memory; takes effect when the model is next loaded.</source>
            <translation>La part de la conversation que le modèle peut lire d'un coup. Plus long demande plus de mémoire ; s'applique au prochain chargement du modèle.</translation>
        </message>
        <message>
            <source>Reset to recommended</source>
            <translation>Revenir aux valeurs recommandées</translation>
        </message>
        <message>
            <source>Puts temperature, top-p, reply length and context length back to the recommended values.</source>
            <translation>Remet la température, le top-p, la longueur des réponses et celle du contexte aux valeurs recommandées.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPane</name>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Rechercher sur le hub</translation>
        </message>
        <message>
            <source>Model library sections</source>
            <translation>Rubriques de la bibliothèque de modèles</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel copying the model</source>
            <translation>Annuler la copie du modèle</translation>
        </message>
        <message>
            <source>Copy progress</source>
            <translation>Progression de la copie</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Ajouter un fichier de modèle</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Fichiers de modèle GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Add a model</source>
            <translation>Ajouter un modèle</translation>
        </message>
        <message>
            <source>Copy {0} into your models folder, or use it where it is?</source>
            <translation>Copier {0} dans votre dossier de modèles, ou l'utiliser là où il est ?</translation>
        </message>
        <message>
            <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
            <translation>Une copie continue de fonctionner si l'original est déplacé ou son disque débranché. L'utiliser sur place économise de l'espace disque.</translation>
        </message>
        <message>
            <source>Copy into my models</source>
            <translation>Copier dans mes modèles</translation>
        </message>
        <message>
            <source>Use where it is</source>
            <translation>Utiliser sur place</translation>
        </message>
        <message>
            <source>Copying {0}…</source>
            <translation>Copie de {0}…</translation>
        </message>
        <message>
            <source>{0} was added to your models.</source>
            <translation>{0} a été ajouté à vos modèles.</translation>
        </message>
        <message>
            <source>One model is added at a time; drop the others afterwards.</source>
            <translation>Les modèles s'ajoutent un par un ; déposez les autres ensuite.</translation>
        </message>
        <message>
            <source>This computer has no keychain to keep the token in, so it was not saved.</source>
            <translation>Cet ordinateur n'a pas de trousseau où garder le jeton : il n'a donc pas été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Fermer l'avis</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Hub token</source>
            <translation>Jeton du hub</translation>
        </message>
        <message>
            <source>Paste your access token from the model hub:</source>
            <translation>Collez votre jeton d'accès du hub de modèles :</translation>
        </message>
        <message>
            <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
            <translation>Cet ordinateur n'a pas de trousseau pour garder le jeton en sécurité : il n'a donc pas été enregistré.</translation>
        </message>
        <message>
            <source>No token saved</source>
            <translation>Aucun jeton enregistré</translation>
        </message>
        <message>
            <source>Saved token, hidden</source>
            <translation>Jeton enregistré, masqué</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Changer…</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <translation>Ajouter un jeton…</translation>
        </message>
        <message>
            <source>Delete all conversations</source>
            <translation>Supprimer toutes les conversations</translation>
        </message>
        <message>
            <source>Every conversation will be deleted from this computer. This cannot be undone.</source>
            <translation>Toutes les conversations seront supprimées de cet ordinateur. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete all app data</source>
            <translation>Supprimer toutes les données de l'application</translation>
        </message>
        <message>
            <source>Your conversations, settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
            <translation>Vos conversations, paramètres, modèles téléchargés, journaux et jeton enregistré seront supprimés, puis Tramontane se fermera. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete everything and close</source>
            <translation>Tout supprimer et fermer</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Vos conversations</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Work offline only</source>
            <translation>Fonctionner hors ligne uniquement</translation>
        </message>
        <message>
            <source>Offline mode</source>
            <translation>Mode hors ligne</translation>
        </message>
        <message>
            <source>When on, Tramontane never goes online: no model downloads and no hub search. Chatting never needs the network either way.</source>
            <translation>Activé, Tramontane ne se connecte jamais : ni téléchargement de modèle, ni recherche sur le hub. Discuter n'a de toute façon jamais besoin du réseau.</translation>
        </message>
        <message>
            <source>Only some models on the hub need an account. The token is kept in your system's keychain, never in a file.</source>
            <translation>Seuls certains modèles du hub demandent un compte. Le jeton est gardé dans le trousseau de votre système, jamais dans un fichier.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the hub token</source>
            <translation>Retirer le jeton du hub</translation>
        </message>
        <message>
            <source>In your system's keychain.</source>
            <translation>Dans le trousseau de votre système.</translation>
        </message>
        <message>
            <source>In a key file in the data folder, because this computer has no keychain.</source>
            <translation>Dans un fichier de clé du dossier de données, car cet ordinateur n'a pas de trousseau.</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Clé de chiffrement</translation>
        </message>
        <message>
            <source>Your conversations are stored encrypted; this key opens them.</source>
            <translation>Vos conversations sont enregistrées chiffrées ; cette clé les ouvre.</translation>
        </message>
        <message>
            <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
            <translation>Quiconque peut lire votre dossier de données peut lire vos conversations. Gardez ce dossier privé, ou utilisez un ordinateur doté d'un trousseau.</translation>
        </message>
        <message>
            <source>Delete all conversations…</source>
            <translation>Supprimer toutes les conversations…</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Deletes every conversation. Settings and models stay.</source>
            <translation>Supprime toutes les conversations. Les paramètres et les modèles restent.</translation>
        </message>
        <message>
            <source>Delete all app data…</source>
            <translation>Supprimer toutes les données de l'application…</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
            <translation>Supprime conversations, paramètres, modèles téléchargés et journaux, puis ferme Tramontane. Les modèles de vos propres dossiers restent.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Set by your organisation's IT policy.</source>
            <translation>Défini par les règles informatiques de votre organisation.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCoordinator</name>
        <message>
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
            <translation>Une réponse est en cours d'écriture. Arrêtez-la ou laissez-la finir, puis supprimez les conversations.</translation>
        </message>
        <message>
            <source>A reply is being written. Let it finish, then move the data folder.</source>
            <translation>Une réponse est en cours d'écriture. Laissez-la finir, puis déplacez le dossier de données.</translation>
        </message>
        <message>
            <source>Copying your data to the new folder…</source>
            <translation>Copie de vos données vers le nouveau dossier…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Move the data folder</source>
            <translation>Déplacer le dossier de données</translation>
        </message>
        <message>
            <source>Your data was copied to %1 and checked. Tramontane uses it from its next start. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
            <translation>Vos données ont été copiées dans %1 et vérifiées. Tramontane les utilisera dès son prochain démarrage. L'ancien dossier, %2, a été conservé : supprimez-le vous-même une fois sûr que tout va bien.</translation>
        </message>
        <message>
            <source>That is already the data folder.</source>
            <translation>C'est déjà le dossier de données.</translation>
        </message>
        <message>
            <source>The new folder cannot be inside the current one, nor the other way round.</source>
            <translation>Le nouveau dossier ne peut pas se trouver dans l'actuel, ni l'inverse.</translation>
        </message>
        <message>
            <source>That folder already holds files. Choose an empty folder.</source>
            <translation>Ce dossier contient déjà des fichiers. Choisissez un dossier vide.</translation>
        </message>
        <message>
            <source>There is not enough free space there.</source>
            <translation>Il n'y a pas assez d'espace libre à cet endroit.</translation>
        </message>
        <message>
            <source>The copy did not match the original.</source>
            <translation>La copie ne correspondait pas à l'original.</translation>
        </message>
        <message>
            <source>The move was cancelled.</source>
            <translation>Le déplacement a été annulé.</translation>
        </message>
        <message>
            <source>The copy failed (%1).</source>
            <translation>La copie a échoué (%1).</translation>
        </message>
    </context>
    <context>
        <name>SettingsPane</name>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Stockage</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Rubriques des paramètres</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>New conversation</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Rechercher dans les conversations</translation>
        </message>
        <message>
            <source>Send the message</source>
            <translation>Envoyer le message</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <translation>Nouvelle ligne dans le message</translation>
        </message>
        <message>
            <source>Stop the reply</source>
            <translation>Arrêter la réponse</translation>
        </message>
        <message>
            <source>Write another reply to the last question</source>
            <translation>Écrire une autre réponse à la dernière question</translation>
        </message>
        <message>
            <source>Copy the last reply</source>
            <translation>Copier la dernière réponse</translation>
        </message>
        <message>
            <source>Rename the selected conversation</source>
            <translation>Renommer la conversation sélectionnée</translation>
        </message>
        <message>
            <source>Delete the selected conversation (with undo)</source>
            <translation>Supprimer la conversation sélectionnée (annulable)</translation>
        </message>
        <message>
            <source>Go to the conversation</source>
            <translation>Aller à la conversation</translation>
        </message>
        <message>
            <source>Go to the models</source>
            <translation>Aller aux modèles</translation>
        </message>
        <message>
            <source>Open the settings</source>
            <translation>Ouvrir les paramètres</translation>
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation>Afficher ces raccourcis clavier</translation>
        </message>
        <message>
            <source>Move to the next control</source>
            <translation>Passer à l'élément suivant</translation>
        </message>
        <message>
            <source>Quit Tramontane</source>
            <translation>Quitter Tramontane</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Everything in Tramontane can be done from the keyboard.</source>
            <translation>Tout, dans Tramontane, peut se faire au clavier.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message>
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <source>Move the data folder to…</source>
            <translation>Déplacer le dossier de données vers…</translation>
        </message>
        <message>
            <source>Add a models folder</source>
            <translation>Ajouter un dossier de modèles</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Stockage</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier de données</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Your own models folders</source>
            <translation>Vos propres dossiers de modèles</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
            <translation>Vos conversations chiffrées et vos modèles téléchargés. Le déplacement copie tout, vérifie la copie, puis bascule ; l'ancien dossier est conservé.</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Déplacer…</translation>
        </message>
        <message>
            <source>Move the data folder</source>
            <translation>Déplacer le dossier de données</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Téléchargés</translation>
        </message>
        <message>
            <source>Models you downloaded or added.</source>
            <translation>Les modèles que vous avez téléchargés ou ajoutés.</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Intégré</translation>
        </message>
        <message>
            <source>The starter model that comes with Tramontane.</source>
            <translation>Le modèle de démarrage fourni avec Tramontane.</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Tramontane also lists the models in these folders, for example a shared folder at work.</source>
            <translation>Tramontane affiche aussi les modèles de ces dossiers, par exemple un dossier partagé au travail.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <source>Size: %1</source>
            <translation>Taille : %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Stop listing %1</source>
            <translation>Ne plus afficher %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <source>Access token needed</source>
            <translation>Jeton d'accès nécessaire</translation>
        </message>
        <message>
            <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer's keychain and sends it only to the hub.</source>
            <translation>{0} est en accès restreint : ses auteurs vous demandent d'abord d'accepter leurs conditions.

1. Connectez-vous sur huggingface.co, ouvrez https://huggingface.co/{0} et acceptez les conditions.
2. Créez un jeton en lecture sur https://huggingface.co/settings/tokens.
3. Collez-le ici. Tramontane le garde dans le trousseau de cet ordinateur et ne l'envoie qu'au hub.</translation>
        </message>
        <message>
            <source>hf_…</source>
            <translation>hf_…</translation>
        </message>
        <message>
            <source>Hub access token</source>
            <translation>Jeton d'accès au hub</translation>
        </message>
        <message>
            <source>Save and retry</source>
            <translation>Enregistrer et réessayer</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Write a polite email asking to move a meeting to Thursday.</source>
            <translation>Rédige un e-mail poli pour demander de déplacer une réunion à jeudi.</translation>
        </message>
        <message>
            <source>Explain what a balance sheet is in three sentences.</source>
            <translation>Explique en trois phrases ce qu'est un bilan comptable.</translation>
        </message>
        <message>
            <source>Give me five ideas for a team lunch.</source>
            <translation>Donne-moi cinq idées de déjeuner d'équipe.</translation>
        </message>
        <message>
            <source>Summarise the main causes of the French Revolution.</source>
            <translation>Résume les principales causes de la Révolution française.</translation>
        </message>
        <message>
            <source>Private AI chat, on this computer</source>
            <translation>Une IA privée, sur cet ordinateur</translation>
        </message>
        <message>
            <source>The model runs here: nothing you type leaves this computer, and no account is needed.
Your conversations are saved encrypted. Ask anything, or start with an example.</source>
            <translation>Le modèle tourne ici : rien de ce que vous tapez ne quitte cet ordinateur, et aucun compte n'est nécessaire.
Vos conversations sont enregistrées chiffrées. Posez n'importe quelle question, ou partez d'un exemple.</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Exemple : %1</translation>
        </message>
        <message>
            <source>Sends this question</source>
            <translation>Envoie cette question</translation>
        </message>
    </context>
    <context>
        <name>_CodeBlock</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copier le code</translation>
        </message>
        <message>
            <source>Copy this code</source>
            <translation>Copier ce code</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>_ProseView</name>
        <message>
            <source>Message text</source>
            <translation>Texte du message</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[image : %1]</translation>
        </message>
        <message>
            <source>no description</source>
            <translation>sans description</translation>
        </message>
    </context>
</TS>