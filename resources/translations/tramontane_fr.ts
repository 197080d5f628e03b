<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Empty: the server lists its models</source>
        <translation>Vide&#xa0;: le serveur liste ses modèles</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modèles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
        <translation>Vos paramètres n&apos;ont pas pu être lus&#xa0;: les valeurs par défaut sont utilisées. L&apos;ancien fichier a été conservé à côté, sous le nom settings.json.bad.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy file could not be fully understood, so downloads are off: %1</source>
        <translation>Le fichier de règles de votre organisation n&apos;a pas pu être entièrement compris&#xa0;: les téléchargements sont donc désactivés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>For example: You answer questions about our HR policy, briefly and in French.</source>
        <translation>Par exemple&#xa0;: Vous répondez aux questions sur notre politique RH, brièvement et en français.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Ajouter un exemple</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Retirer l&apos;exemple</translation>
    </message>
    <message>
        <source>App setting</source>
        <translation>Réglage de l&apos;application</translation>
    </message>
    <message>
        <source>The model in use</source>
        <translation>Le modèle en cours</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>One-line description</source>
        <translation>Description en une ligne</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Worked examples</source>
        <translation>Exemples commentés</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Preferred model</source>
        <translation>Modèle préféré</translation>
    </message>
    <message>
        <source>Documents it answers from</source>
        <translation>Documents dont il s&apos;inspire pour répondre</translation>
    </message>
    <message>
        <source>Adapter (LoRA)</source>
        <translation>Adaptateur (LoRA)</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Force de l&apos;adaptateur</translation>
    </message>
    <message>
        <source>Documents for this assistant</source>
        <translation>Documents pour cet assistant</translation>
    </message>
    <message>
        <source>A folder of documents for this assistant</source>
        <translation>Un dossier de documents pour cet assistant</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptateur LoRA</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>Adaptateurs GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>Start a chat</source>
        <translation>Commencer une discussion</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>provided by your organisation</source>
        <translation>fourni par votre organisation</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Supprimer l&apos;assistant</translation>
    </message>
    <message>
        <source>Delete the assistant “%1”? Conversations with it are kept.</source>
        <translation>Supprimer l&apos;assistant «&#xa0;%1&#xa0;»&#x202f;? Les conversations menées avec lui sont conservées.</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Exporter l&apos;assistant</translation>
    </message>
    <message>
        <source>Assistants (*.json)</source>
        <translation>Assistants (*.json)</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Importer un assistant</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the documents</source>
        <translation>Arrêter la lecture des documents</translation>
    </message>
    <message>
        <source>Reading the documents</source>
        <translation>Lecture des documents</translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>et %n autre document</numerusform>
            <numerusform>et %n autres documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 passages</source>
        <translation>Lecture de %1&#xa0;: %2 passages sur %3</translation>
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
        <source>; {0}</source>
        <translation>; {0}</translation>
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
        <translation>Les téléchargements sont désactivés&#xa0;: Tramontane est réglé pour fonctionner hors ligne uniquement.</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>This computer: {0}. Models that fit come first.</source>
        <translation>Cet ordinateur&#xa0;: {0}. Les modèles qui tiennent viennent en premier.</translation>
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
        <translation>tourne sur&#xa0;%1 (%2 couches sur&#xa0;%3)</translation>
    </message>
    <message>
        <source>runs on %1</source>
        <translation>tourne sur&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ChatExtras</name>
    <message>
        <source>Assistants…</source>
        <translation>Assistants…</translation>
    </message>
    <message>
        <source>Choose an assistant for a new chat, or manage assistants</source>
        <translation>Choisir un assistant pour une nouvelle discussion, ou gérer les assistants</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assistant of this conversation</source>
        <translation>Assistant de cette conversation</translation>
    </message>
    <message>
        <source>documents: %1 tokens</source>
        <translation>documents&#xa0;: %1 jetons</translation>
    </message>
    <message>
        <source>Share of the context taken by attached documents</source>
        <translation>Part du contexte occupée par les documents joints</translation>
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
        <translation>Chaque conversation retient le modèle qu&apos;elle utilise</translation>
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
        <translation>La part de ce que le modèle peut lire d&apos;un coup qu&apos;occupe cette conversation</translation>
    </message>
    <message>
        <source>Conversation settings…</source>
        <translation>Réglages de la conversation…</translation>
    </message>
    <message>
        <source>Edit this conversation&apos;s instructions and reply settings</source>
        <translation>Modifier les instructions et les réglages de réponse de cette conversation</translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation>Réponse copiée</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used</source>
        <translation>%1 jetons utilisés sur&#xa0;%2</translation>
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
        <translation>Tapez une question. Entrée l&apos;envoie, Maj+Entrée ajoute une ligne.</translation>
    </message>
    <message>
        <source>Attach documents (or drop them here)</source>
        <translation>Joindre des documents (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;All files (*)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;Tous les fichiers (*)</translation>
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
        <translation>Aujourd&apos;hui</translation>
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
        <source>More: import and export conversations</source>
        <translation>Plus&#xa0;: importer et exporter des conversations</translation>
    </message>
    <message>
        <source>Import and export conversations</source>
        <translation>Importer et exporter des conversations</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Importer des conversations…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exporter toutes les conversations…</translation>
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
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Réglages de la conversation</translation>
    </message>
    <message>
        <source>For example: You are a careful assistant for a law firm. Answer in French, briefly.</source>
        <translation>Par exemple&#xa0;: Vous êtes un assistant rigoureux pour un cabinet d&apos;avocats. Répondez en français, brièvement.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>App setting (%1)</source>
        <translation>Réglage de l&apos;application (%1)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>App setting (%1 tokens)</source>
        <translation>Réglage de l&apos;application (%1 jetons)</translation>
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
        <source>The model follows these instructions in every reply of this conversation.</source>
        <translation>Le modèle suit ces instructions dans chaque réponse de cette conversation.</translation>
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
        <translation>Jeux d&apos;instructions</translation>
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
        <source>Backends</source>
        <translation>Moteurs</translation>
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
        <translation>Lecture&#xa0;:&#xa0;%1 jetons par seconde. Écriture&#xa0;:&#xa0;%2 jetons par seconde. Premiers mots après&#xa0;%3 s.</translation>
    </message>
    <message>
        <source>No model is loaded, so there is nothing to measure.</source>
        <translation>Aucun modèle n&apos;est chargé&#xa0;: il n&apos;y a rien à mesurer.</translation>
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
        <source>Checking the file ({0}%)…</source>
        <translation>Vérification du fichier ({0} %)…</translation>
    </message>
    <message>
        <source>Downloaded and checked; it is in your models list.</source>
        <translation>Téléchargé et vérifié&#x202f;; il figure dans votre liste de modèles.</translation>
    </message>
    <message>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>Annulé&#x202f;; le fichier partiel a été supprimé.</translation>
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
    <name>Errors</name>
    <message>
        <source>The assistant file “{name}” could not be read ({reason}); it was skipped.</source>
        <translation>Le fichier d&apos;assistant «&#xa0;{name}&#xa0;» n&apos;a pas pu être lu ({reason})&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is not usable ({what}); it was skipped.</source>
        <translation>Le fichier d&apos;assistant «&#xa0;{name}&#xa0;» est inutilisable ({what})&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is too large to be an assistant; it was skipped.</source>
        <translation>Le fichier d&apos;assistant «&#xa0;{name}&#xa0;» est trop volumineux pour être un assistant&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation and cannot be changed; duplicate it to make your own version.</source>
        <translation>«&#xa0;{name}&#xa0;» est fourni par votre organisation et ne peut pas être modifié&#x202f;; dupliquez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>“{name}” comes with Tramontane and cannot be changed; duplicate it to make your own version.</source>
        <translation>«&#xa0;{name}&#xa0;» est fourni avec Tramontane et ne peut pas être modifié&#x202f;; dupliquez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>Your organisation does not allow changing assistants on this computer.</source>
        <translation>Votre organisation ne permet pas de modifier les assistants sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The assistant “{name}” could not be saved ({reason}).</source>
        <translation>L&apos;assistant «&#xa0;{name}&#xa0;» n&apos;a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>The model could not be loaded. {reason}</source>
        <translation>Le modèle n&apos;a pas pu être chargé. {reason}</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
        <translation>Le modèle s&apos;est arrêté de manière inattendue et redémarre. Votre conversation est en sécurité&#x202f;; renvoyez votre message.</translation>
    </message>
    <message>
        <source>This conversation used the model “{name}”, which is no longer on this computer. Its replies now come from the model in use.</source>
        <translation>Cette conversation utilisait le modèle «&#xa0;{name}&#xa0;», qui n&apos;est plus sur cet ordinateur. Ses réponses viennent désormais du modèle en cours.</translation>
    </message>
    <message>
        <source>This conversation runs on a company server that is not available here ({name}). Nothing is sent anywhere else: choose a model in the list to go on.</source>
        <translation>Cette conversation se déroule sur un serveur de l&apos;entreprise qui n&apos;est pas disponible ici ({name}). Rien n&apos;est envoyé ailleurs&#xa0;: choisissez un modèle dans la liste pour continuer.</translation>
    </message>
    <message>
        <source>This conversation runs on {name}, not on the model in use, so nothing was sent. Choose a model in the list to go on; moving the conversation asks first.</source>
        <translation>Cette conversation se déroule sur {name}, et non sur le modèle en cours&#xa0;: rien n&apos;a donc été envoyé. Choisissez un modèle dans la liste pour continuer&#x202f;; déplacer la conversation demande d&apos;abord votre accord.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model can read at once; the oldest {count} messages were left out.</source>
        <translation>La conversation est plus longue que ce que le modèle peut lire d&apos;un coup&#x202f;; les {count} messages les plus anciens ont été laissés de côté.</translation>
    </message>
    <message>
        <source>{name} is {size}, more than an export of conversations can be ({limit}). Nothing was imported.</source>
        <translation>{name} fait {size}, plus que ne peut en faire un export de conversations ({limit}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it is no export of conversations. Nothing was imported.</source>
        <translation>{name} n&apos;est pas un fichier texte&#xa0;: ce n&apos;est donc pas un export de conversations. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}). Nothing was imported.</source>
        <translation>{name} n&apos;a pas pu être lu ({reason}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Your conversations are unchanged; choose another folder.</source>
        <translation>{name} n&apos;a pas pu être écrit ({reason}). Vos conversations sont inchangées&#x202f;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>That is already the data folder.</source>
        <translation>C&apos;est déjà le dossier de données.</translation>
    </message>
    <message>
        <source>The new folder cannot be inside the current one, nor the other way round.</source>
        <translation>Le nouveau dossier ne peut pas se trouver dans l&apos;actuel, ni l&apos;inverse.</translation>
    </message>
    <message>
        <source>{target} already holds files; choose an empty folder.</source>
        <translation>{target} contient déjà des fichiers&#x202f;; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>There is not enough free space at {anchor} for {size}.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre dans {anchor} pour {size}.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; nothing was changed.</source>
        <translation>La copie de {name} diffère de l&apos;original&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The copy failed ({reason}); nothing was changed.</source>
        <translation>La copie a échoué ({reason})&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is in the way and was not made by Tramontane; move it away or choose another folder. Nothing was changed.</source>
        <translation>{path} gêne et n&apos;a pas été créé par Tramontane&#x202f;; déplacez-le ou choisissez un autre dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was changed.</source>
        <translation>Le déplacement a été annulé&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file Tramontane can read. It reads text, Markdown, PDF, Word (.docx), HTML, CSV and Excel (.xlsx) files.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un type de fichier que Tramontane sait lire. Il lit les fichiers texte, Markdown, PDF, Word (.docx), HTML, CSV et Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is too large to read ({size}); the limit is {limit}.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être lu ({size})&#x202f;; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>“{name}” has more than {pages} pages, more than Tramontane reads of one document.</source>
        <translation>«&#xa0;{name}&#xa0;» a plus de {pages} pages, plus que Tramontane n&apos;en lit dans un document.</translation>
    </message>
    <message>
        <source>“{name}” could not be found; it may have been moved or deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» est introuvable&#x202f;; il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” changed or disappeared while it was being read; try again.</source>
        <translation>«&#xa0;{name}&#xa0;» a changé ou disparu pendant sa lecture&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be read.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé et n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to far more than its size ({size}), as a booby-trapped file would; it was not opened.</source>
        <translation>«&#xa0;{name}&#xa0;» se décompresse en bien plus que sa taille ({size}), comme le ferait un fichier piégé&#x202f;; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Save a copy without the password and attach that.</source>
        <translation>«&#xa0;{name}&#xa0;» est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe et joignez-la.</translation>
    </message>
    <message>
        <source>“{name}” holds no text that can be read, only images (a scanned document?). Run text recognition (OCR) on it first.</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient aucun texte lisible, seulement des images (un document numérisé&#x202f;?). Passez-le d&apos;abord à la reconnaissance de texte (OCR).</translation>
    </message>
    <message>
        <source>The folder “{name}” holds more than {count} files; only the first {count} are read.</source>
        <translation>Le dossier «&#xa0;{name}&#xa0;» contient plus de {count} fichiers&#x202f;; seuls les {count} premiers sont lus.</translation>
    </message>
    <message>
        <source>The adapter “{name}” could not be used: {reason}</source>
        <translation>L&apos;adaptateur «&#xa0;{name}&#xa0;» n&apos;a pas pu être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a LoRA adapter (a GGUF file made by llama.cpp&apos;s convert_lora_to_gguf).</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un adaptateur LoRA (un fichier GGUF créé par convert_lora_to_gguf de llama.cpp).</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another kind of model ({adapter_arch}); the model in use is {model_arch}.</source>
        <translation>L&apos;adaptateur «&#xa0;{name}&#xa0;» a été créé pour un autre type de modèle ({adapter_arch})&#x202f;; le modèle en cours est {model_arch}.</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another model of the same kind: its layers do not fit this model ({tensor}).</source>
        <translation>L&apos;adaptateur «&#xa0;{name}&#xa0;» a été créé pour un autre modèle du même type&#xa0;: ses couches ne correspondent pas à ce modèle ({tensor}).</translation>
    </message>
    <message>
        <source>The model would not take the adapter “{name}”; the file may be damaged.</source>
        <translation>Le modèle n&apos;a pas accepté l&apos;adaptateur «&#xa0;{name}&#xa0;»&#x202f;; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Votre organisation ne permet pas d&apos;ajouter des serveurs.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address. It starts with https:// (or http://), for example https://llm.example.org/v1.</source>
        <translation>«&#xa0;{address}&#xa0;» n&apos;est pas une adresse de serveur. Elle commence par https:// (ou http://), par exemple https://llm.example.org/v1.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>There are already {count} servers; remove one first.</source>
        <translation>Il y a déjà {count} serveurs&#x202f;; retirez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>This server was set up by your organisation and cannot be changed here.</source>
        <translation>Ce serveur a été configuré par votre organisation et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key safely, so it was not saved.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour garder la clé en sécurité&#xa0;: elle n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The list of servers could not be saved ({reason}).</source>
        <translation>La liste des serveurs n&apos;a pas pu être enregistrée ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a GGUF model file.</source>
        <translation>Ce fichier n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>This model file is incomplete (it ends early); download it again.</source>
        <translation>Ce fichier de modèle est incomplet (il s&apos;arrête trop tôt)&#x202f;; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>This model file is damaged ({why}).</source>
        <translation>Ce fichier de modèle est endommagé ({why}).</translation>
    </message>
    <message>
        <source>The model file {name} could not be found.</source>
        <translation>Le fichier de modèle {name} est introuvable.</translation>
    </message>
    <message>
        <source>The path {name} is a folder, not a model file.</source>
        <translation>Le chemin {name} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>Tramontane is not allowed to read the model file {name}.</source>
        <translation>Tramontane n&apos;a pas le droit de lire le fichier de modèle {name}.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>Le fichier de modèle {name} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>This model file is empty; download it again.</source>
        <translation>Ce fichier de modèle est vide&#x202f;; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is a web page, not a model file; the download went wrong.</source>
        <translation>Ce fichier est une page web, pas un fichier de modèle&#x202f;; le téléchargement s&apos;est mal passé.</translation>
    </message>
    <message>
        <source>This model file is in the big-endian format, which Tramontane cannot use; download the ordinary (little-endian) version.</source>
        <translation>Ce fichier de modèle est au format gros-boutiste (big-endian), que Tramontane ne sait pas utiliser&#x202f;; téléchargez la version ordinaire (petit-boutiste, little-endian).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Tramontane cannot read (it reads versions 2 and 3).</source>
        <translation>Ce fichier de modèle utilise la version {version} de GGUF, que Tramontane ne sait pas lire (il lit les versions 2 et 3).</translation>
    </message>
    <message>
        <source>This model file uses a tensor format (number {number}) that this version of Tramontane does not know.</source>
        <translation>Ce fichier de modèle utilise un format de tenseur (numéro {number}) que cette version de Tramontane ne connaît pas.</translation>
    </message>
    <message>
        <source>This model is split into {count} files but its name does not say which part it is, so its other parts cannot be found.</source>
        <translation>Ce modèle est réparti en {count} fichiers, mais son nom n&apos;indique pas de quelle partie il s&apos;agit&#xa0;: ses autres parties sont donc introuvables.</translation>
    </message>
    <message>
        <source>Part {number} of {count} of this model is missing.</source>
        <translation>La partie {number} sur {count} de ce modèle est manquante.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached ({reason}).</source>
        <translation>Le serveur {server} est injoignable ({reason}).</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: nothing answers at its address. It may be stopped.</source>
        <translation>Le serveur {server} est injoignable&#xa0;: rien ne répond à son adresse. Il est peut-être arrêté.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: the name {host} is not known on this network.</source>
        <translation>Le serveur {server} est injoignable&#xa0;: le nom {host} n&apos;est pas connu sur ce réseau.</translation>
    </message>
    <message>
        <source>The server {server} did not answer in time.</source>
        <translation>Le serveur {server} n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Company servers are turned off in Settings → Privacy, so nothing was sent to {server}.</source>
        <translation>Les serveurs de l&apos;entreprise sont désactivés dans Paramètres → Confidentialité&#xa0;: rien n&apos;a donc été envoyé à {server}.</translation>
    </message>
    <message>
        <source>The server {server} refused the access key, or needs one. Check the key in Settings → Servers.</source>
        <translation>Le serveur {server} a refusé la clé d&apos;accès, ou en demande une. Vérifiez la clé dans Paramètres → Serveurs.</translation>
    </message>
    <message>
        <source>The server {server} no longer offers the model “{model}”.</source>
        <translation>Le serveur {server} ne propose plus le modèle «&#xa0;{model}&#xa0;».</translation>
    </message>
    <message>
        <source>No model of the server {server} is chosen.</source>
        <translation>Aucun modèle du serveur {server} n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The company server this conversation used ({server}) is no longer set up in Tramontane.</source>
        <translation>Le serveur de l&apos;entreprise qu&apos;utilisait cette conversation ({server}) n&apos;est plus configuré dans Tramontane.</translation>
    </message>
    <message>
        <source>Nothing was sent to {server}: choose one of its models in the list first, and agree to send your conversation there.</source>
        <translation>Rien n&apos;a été envoyé à {server}&#xa0;: choisissez d&apos;abord l&apos;un de ses modèles dans la liste, et acceptez d&apos;y envoyer votre conversation.</translation>
    </message>
    <message>
        <source>There is no OpenAI-compatible API at {address} (the server {server} answered “not found”). Check the address; it usually ends in /v1.</source>
        <translation>Il n&apos;y a pas d&apos;API compatible OpenAI à l&apos;adresse {address} (le serveur {server} a répondu «&#xa0;introuvable&#xa0;»). Vérifiez l&apos;adresse&#x202f;; elle se termine généralement par /v1.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in {seconds} seconds.</source>
        <translation>Le serveur {server} reçoit trop de demandes en ce moment. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in a moment.</source>
        <translation>Le serveur {server} reçoit trop de demandes en ce moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {server}. Start a new conversation, or send a shorter message.</source>
        <translation>La conversation est trop longue pour le modèle sur {server}. Commencez une nouvelle conversation, ou envoyez un message plus court.</translation>
    </message>
    <message>
        <source>The server {server} failed (error {status}): {detail}</source>
        <translation>Le serveur {server} a échoué (erreur {status})&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The server {server} did not accept the request (error {status}): {detail}</source>
        <translation>Le serveur {server} n&apos;a pas accepté la demande (erreur {status})&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The connection to the server {server} broke off during the reply. The text so far is kept.</source>
        <translation>La connexion au serveur {server} s&apos;est interrompue pendant la réponse. Le texte reçu jusque-là est conservé.</translation>
    </message>
    <message>
        <source>The server {server} answered with something that is not an OpenAI-compatible reply.</source>
        <translation>Le serveur {server} a répondu par autre chose qu&apos;une réponse compatible OpenAI.</translation>
    </message>
    <message>
        <source>The certificate of {server} has expired or is not valid yet. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Le certificat de {server} a expiré ou n&apos;est pas encore valable. Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>{server} presents a self-signed certificate, which this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>{server} présente un certificat auto-signé, auquel cet ordinateur ne fait pas confiance. Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>The certificate of {server} comes from an authority this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Le certificat de {server} provient d&apos;une autorité à laquelle cet ordinateur ne fait pas confiance. Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>The certificate of {server} is made out for another name than {host}. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Le certificat de {server} est établi pour un autre nom que {host}. Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>The certificate of {server} has been revoked. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Le certificat de {server} a été révoqué. Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({detail}). Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>Le certificat de {server} n&apos;est pas reconnu ({detail}). Tramontane ne se connecte pas à un serveur qu&apos;il ne peut pas vérifier&#x202f;; adressez-vous à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>No secure connection to {server} could be made ({detail}). Check whether its address starts with https:// or http://.</source>
        <translation>Aucune connexion sécurisée à {server} n&apos;a pu être établie ({detail}). Vérifiez si son adresse commence par https:// ou par http://.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The model crashed the runtime while loading ({detail}). The file may be damaged or not supported by this version.</source>
        <translation>Le modèle a fait planter le moteur pendant le chargement ({detail}). Le fichier est peut-être endommagé ou non pris en charge par cette version.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly ({detail}). Load it again to go on; your conversation is safe.</source>
        <translation>Le modèle s&apos;est arrêté de manière inattendue ({detail}). Rechargez-le pour continuer&#x202f;; votre conversation est en sécurité.</translation>
    </message>
    <message>
        <source>The engine failed unexpectedly: {detail}</source>
        <translation>Le moteur a échoué de manière inattendue&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n&apos;est encore chargé.</translation>
    </message>
    <message>
        <source>No backend runs models of the kind {kind}.</source>
        <translation>Aucun moteur ne fait tourner les modèles du type {kind}.</translation>
    </message>
    <message>
        <source>This model cannot count tokens.</source>
        <translation>Ce modèle ne sait pas compter les jetons.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>This model&apos;s kind ({architecture}) is not supported by this version of Tramontane. An update may support it.</source>
        <translation>Le type de ce modèle ({architecture}) n&apos;est pas pris en charge par cette version de Tramontane. Une mise à jour le prendra peut-être en charge.</translation>
    </message>
    <message>
        <source>This model could not be loaded. It may be damaged, made for a newer version of Tramontane, or need more memory than is free.</source>
        <translation>Ce modèle n&apos;a pas pu être chargé. Il est peut-être endommagé, conçu pour une version plus récente de Tramontane, ou il demande plus de mémoire qu&apos;il n&apos;en reste de libre.</translation>
    </message>
    <message>
        <source>The model ran out of memory for this conversation. Start a new one.</source>
        <translation>Le modèle a manqué de mémoire pour cette conversation. Commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The model ran out of memory while the conversation grew.</source>
        <translation>Le modèle a manqué de mémoire pendant que la conversation s&apos;allongeait.</translation>
    </message>
    <message>
        <source>The model&apos;s memory could not be copied.</source>
        <translation>La mémoire du modèle n&apos;a pas pu être copiée.</translation>
    </message>
    <message>
        <source>The model could not read this conversation (llama.cpp error {code}). Try a shorter conversation or a new one.</source>
        <translation>Le modèle n&apos;a pas pu lire cette conversation (erreur llama.cpp {code}). Essayez une conversation plus courte ou une nouvelle.</translation>
    </message>
    <message>
        <source>The model stopped with an internal error while writing.</source>
        <translation>Le modèle s&apos;est arrêté sur une erreur interne pendant l&apos;écriture.</translation>
    </message>
    <message>
        <source>This message is too long for the model: it needs {needed} tokens and the model can read {limit}. Shorten it or raise the context length.</source>
        <translation>Ce message est trop long pour le modèle&#xa0;: il lui faut {needed} jetons, et le modèle peut en lire {limit}. Raccourcissez-le ou augmentez la longueur du contexte.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template failed on this conversation: {detail}</source>
        <translation>Le modèle de conversation de ce modèle a échoué sur cette conversation&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The model for searching documents could not be loaded; it may be damaged.</source>
        <translation>Le modèle de recherche dans les documents n&apos;a pas pu être chargé&#x202f;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>There is not enough memory for the model that searches documents.</source>
        <translation>Il n&apos;y a pas assez de mémoire pour le modèle de recherche dans les documents.</translation>
    </message>
    <message>
        <source>The model that searches documents could not read a passage.</source>
        <translation>Le modèle de recherche dans les documents n&apos;a pas pu lire un passage.</translation>
    </message>
    <message>
        <source>This model cannot make embeddings for searching documents.</source>
        <translation>Ce modèle ne sait pas produire de plongements pour la recherche dans les documents.</translation>
    </message>
    <message>
        <source>The graphics driver failed while loading this model; it runs on the processor instead.</source>
        <translation>Le pilote graphique a échoué pendant le chargement de ce modèle&#x202f;; il tourne sur le processeur à la place.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; it runs on the processor.</source>
        <translation>La carte graphique n&apos;avait pas assez de mémoire pour ce modèle&#x202f;; il tourne sur le processeur.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; part of it runs on the processor.</source>
        <translation>La carte graphique n&apos;avait pas assez de mémoire pour ce modèle&#x202f;; une partie tourne sur le processeur.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({why}), so a plain template is used instead; its replies may be less good.</source>
        <translation>Le modèle de conversation de ce modèle n&apos;a pas pu être utilisé ({why})&#xa0;: un modèle simple le remplace&#x202f;; ses réponses seront peut-être moins bonnes.</translation>
    </message>
    <message>
        <source>Tramontane is set to work offline only; downloads are turned off in Settings.</source>
        <translation>Tramontane est réglé pour fonctionner hors ligne uniquement&#x202f;; les téléchargements sont désactivés dans les Paramètres.</translation>
    </message>
    <message>
        <source>Tramontane is working offline, so the hub was not contacted.</source>
        <translation>Tramontane fonctionne hors ligne&#xa0;: le hub n&apos;a donc pas été contacté.</translation>
    </message>
    <message>
        <source>{repo} is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>{repo} est à accès restreint&#xa0;: ses auteurs vous demandent d&apos;accepter leurs conditions sur le site du hub, puis de donner un jeton d&apos;accès à Tramontane.</translation>
    </message>
    <message>
        <source>This model is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>Ce modèle est à accès restreint&#xa0;: ses auteurs vous demandent d&apos;accepter leurs conditions sur le site du hub, puis de donner un jeton d&apos;accès à Tramontane.</translation>
    </message>
    <message>
        <source>{repo} was not found, or it is private and needs an access token.</source>
        <translation>{repo} est introuvable, ou il est privé et demande un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>This model was not found, or it is private and needs an access token.</source>
        <translation>Ce modèle est introuvable, ou il est privé et demande un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>{repo} was not found on the hub.</source>
        <translation>{repo} est introuvable sur le hub.</translation>
    </message>
    <message>
        <source>This model was not found on the hub.</source>
        <translation>Ce modèle est introuvable sur le hub.</translation>
    </message>
    <message>
        <source>The file was not found on the hub.</source>
        <translation>Le fichier est introuvable sur le hub.</translation>
    </message>
    <message>
        <source>This version of {repo} is no longer on the hub.</source>
        <translation>Cette version de {repo} n&apos;est plus sur le hub.</translation>
    </message>
    <message>
        <source>This version of the model is no longer on the hub.</source>
        <translation>Cette version du modèle n&apos;est plus sur le hub.</translation>
    </message>
    <message>
        <source>The file is no longer on the hub (it may have been renamed or removed).</source>
        <translation>Le fichier n&apos;est plus sur le hub (il a peut-être été renommé ou supprimé).</translation>
    </message>
    <message>
        <source>The hub refused access to {repo}; an access token with read permission is needed.</source>
        <translation>Le hub a refusé l&apos;accès à {repo}&#x202f;; il faut un jeton d&apos;accès avec droit de lecture.</translation>
    </message>
    <message>
        <source>The hub refused access; an access token with read permission is needed.</source>
        <translation>Le hub a refusé l&apos;accès&#x202f;; il faut un jeton d&apos;accès avec droit de lecture.</translation>
    </message>
    <message>
        <source>The hub is receiving too many requests; try again in a few minutes.</source>
        <translation>Le hub reçoit trop de demandes&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The hub is having trouble (error {status}); try again later.</source>
        <translation>Le hub rencontre un problème (erreur {status})&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub answered with error {status}.</source>
        <translation>Le hub a répondu par l&apos;erreur {status}.</translation>
    </message>
    <message>
        <source>The model hub did not answer in time; check the connection and try again.</source>
        <translation>Le hub de modèles n&apos;a pas répondu à temps&#x202f;; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The model hub could not be reached; check the internet connection.</source>
        <translation>Le hub de modèles est injoignable&#x202f;; vérifiez la connexion à Internet.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off; try again.</source>
        <translation>La connexion au hub s&apos;est interrompue&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacked the details needed to check the file; try again later.</source>
        <translation>La réponse du hub ne contenait pas les informations nécessaires pour vérifier le fichier&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub could not be used ({detail}).</source>
        <translation>Le hub n&apos;a pas pu être utilisé ({detail}).</translation>
    </message>
    <message>
        <source>The file on the hub is not the one Tramontane&apos;s catalog describes (its checksum differs), so {title} was not downloaded.</source>
        <translation>Le fichier sur le hub n&apos;est pas celui que décrit le catalogue de Tramontane (sa somme de contrôle diffère)&#xa0;: {title} n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <source>The hub does not publish a checksum for this file, so Tramontane cannot check it and did not download it.</source>
        <translation>Le hub ne publie pas de somme de contrôle pour ce fichier&#xa0;: Tramontane ne peut donc pas le vérifier et ne l&apos;a pas téléchargé.</translation>
    </message>
    <message>
        <source>There is not enough free disk space: {title} needs {needed} more and the disk has {free} free.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace disque libre&#xa0;: {title} demande encore {needed} et le disque n&apos;a que {free} de libre.</translation>
    </message>
    <message>
        <source>The downloaded file for {title} did not match its published checksum, so it was deleted. Try again; if it happens again, the file on the hub may be damaged.</source>
        <translation>Le fichier téléchargé pour {title} ne correspondait pas à sa somme de contrôle publiée&#xa0;: il a donc été supprimé. Réessayez&#x202f;; si cela se reproduit, le fichier sur le hub est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model ({reason}); it was deleted.</source>
        <translation>Le fichier téléchargé n&apos;est pas un modèle utilisable ({reason})&#x202f;; il a été supprimé.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder; the download is kept until that one is removed.</source>
        <translation>Un modèle portant ces noms de fichiers se trouve déjà dans votre dossier des modèles&#x202f;; le téléchargement est conservé jusqu&apos;à ce que celui-ci soit retiré.</translation>
    </message>
    <message>
        <source>The disk is full. The part downloaded so far is kept: free some space, then press Resume.</source>
        <translation>Le disque est plein. La partie déjà téléchargée est conservée&#xa0;: libérez de l&apos;espace, puis appuyez sur Reprendre.</translation>
    </message>
    <message>
        <source>The download ended early; the part downloaded so far is kept. Press Resume to go on.</source>
        <translation>Le téléchargement s&apos;est arrêté trop tôt&#x202f;; la partie déjà téléchargée est conservée. Appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>The download could not be saved ({reason}); the part downloaded so far is kept.</source>
        <translation>Le téléchargement n&apos;a pas pu être enregistré ({reason})&#x202f;; la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>{reason} The part downloaded so far is kept.</source>
        <translation>{reason} La partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off. The part downloaded so far is kept: press Resume to go on.</source>
        <translation>La connexion au hub s&apos;est interrompue. La partie déjà téléchargée est conservée&#xa0;: appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The hub offered a file without a usable name, so it was refused.</source>
        <translation>Le hub proposait un fichier sans nom utilisable&#xa0;: il a donc été refusé.</translation>
    </message>
    <message>
        <source>The hub offered a file with an unsafe name ({name}), so it was refused.</source>
        <translation>Le hub proposait un fichier au nom dangereux ({name})&#xa0;: il a donc été refusé.</translation>
    </message>
    <message>
        <source>The file {name} is not a GGUF model file, so it was refused.</source>
        <translation>Le fichier {name} n&apos;est pas un fichier de modèle GGUF&#xa0;: il a donc été refusé.</translation>
    </message>
    <message>
        <source>{name} is not a valid model repository name.</source>
        <translation>{name} n&apos;est pas un nom de dépôt de modèles valable.</translation>
    </message>
    <message>
        <source>The download names no file.</source>
        <translation>Le téléchargement ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>The model catalog has a damaged entry ({detail}).</source>
        <translation>Le catalogue des modèles contient une entrée endommagée ({detail}).</translation>
    </message>
    <message>
        <source>The model catalog&apos;s checksum for {name} is not a SHA-256.</source>
        <translation>La somme de contrôle du catalogue des modèles pour {name} n&apos;est pas un SHA-256.</translation>
    </message>
    <message>
        <source>The model catalog&apos;s size for {name} is not a number of bytes.</source>
        <translation>La taille indiquée par le catalogue des modèles pour {name} n&apos;est pas un nombre d&apos;octets.</translation>
    </message>
    <message>
        <source>The model catalog could not be found; reinstalling Tramontane restores it.</source>
        <translation>Le catalogue des modèles est introuvable&#x202f;; réinstaller Tramontane le rétablit.</translation>
    </message>
    <message>
        <source>The model catalog is damaged; reinstalling Tramontane restores it.</source>
        <translation>Le catalogue des modèles est endommagé&#x202f;; réinstaller Tramontane le rétablit.</translation>
    </message>
    <message>
        <source>The model catalog is from another version of Tramontane.</source>
        <translation>Le catalogue des modèles provient d&apos;une autre version de Tramontane.</translation>
    </message>
    <message>
        <source>The model catalog lists a model twice.</source>
        <translation>Le catalogue des modèles mentionne un modèle deux fois.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be found.</source>
        <translation>{name} est introuvable.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to copy this model: it needs {needed} and the disk has {free} free.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace disque libre pour copier ce modèle&#xa0;: il lui faut {needed} et le disque n&apos;a que {free} de libre.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder.</source>
        <translation>Un modèle portant ces noms de fichiers se trouve déjà dans votre dossier des modèles.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model; nothing was added.</source>
        <translation>Le disque s&apos;est rempli pendant la copie du modèle&#x202f;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation>Le modèle n&apos;a pas pu être copié ({reason})&#x202f;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>La copie a été annulée.</translation>
    </message>
    <message>
        <source>{name} is in a folder Tramontane does not manage, so it was not deleted.</source>
        <translation>{name} se trouve dans un dossier que Tramontane ne gère pas&#xa0;: il n&apos;a donc pas été supprimé.</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}).</source>
        <translation>{name} n&apos;a pas pu être supprimé ({reason}).</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so the last change could not be saved. Free some space and try again; everything saved before is safe.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;: la dernière modification n&apos;a donc pas pu être enregistrée. Libérez de l&apos;espace et réessayez&#x202f;; tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>Tramontane cannot write to the folder {folder}. Check that it is not read-only and that your account may change it, or choose another data folder.</source>
        <translation>Tramontane ne peut pas écrire dans le dossier {folder}. Vérifiez qu&apos;il n&apos;est pas en lecture seule et que votre compte a le droit de le modifier, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Tramontane is already open with the same conversations ({folder}). Switch to that window, or close it and try again.</source>
        <translation>Tramontane est déjà ouvert avec les mêmes conversations ({folder}). Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The conversations database is busy in another program. Close other copies of Tramontane and try again.</source>
        <translation>La base de données des conversations est occupée par un autre programme. Fermez les autres exemplaires de Tramontane et réessayez.</translation>
    </message>
    <message>
        <source>The conversations file {path} is damaged and cannot be read. Restore it from a backup in the backups folder next to it.</source>
        <translation>Le fichier des conversations {path} est endommagé et illisible. Restaurez-le à partir d&apos;une sauvegarde du dossier backups situé à côté.</translation>
    </message>
    <message>
        <source>The conversations could not be read or saved ({detail}).</source>
        <translation>Les conversations n&apos;ont pas pu être lues ou enregistrées ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>Le dossier de données {folder} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Tramontane conversations file, so it was left untouched. Move it away to start with an empty history.</source>
        <translation>{path} n&apos;est pas un fichier de conversations de Tramontane&#xa0;: il a donc été laissé intact. Déplacez-le ailleurs pour repartir d&apos;un historique vide.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the system keychain does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Les conversations de {path} ne peuvent pas être déverrouillées&#xa0;: la clé du trousseau du système ne correspond pas. Si le dossier de données vient d&apos;un autre ordinateur, sa clé ne l&apos;a pas suivi. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the key file next to it does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Les conversations de {path} ne peuvent pas être déverrouillées&#xa0;: la clé du fichier de clé situé à côté ne correspond pas. Si le dossier de données vient d&apos;un autre ordinateur, sa clé ne l&apos;a pas suivi. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The conversations in {path} were saved by a newer version of Tramontane. Install that version again to open them; nothing was changed.</source>
        <translation>Les conversations de {path} ont été enregistrées par une version plus récente de Tramontane. Réinstallez cette version pour les ouvrir&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key for your conversations in the system keychain is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>La clé de vos conversations dans le trousseau du système est endommagée&#xa0;: elles ne peuvent donc pas être ouvertes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key for your conversations in {path} is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>La clé de vos conversations dans {path} est endommagée&#xa0;: elles ne peuvent donc pas être ouvertes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key for the conversations in {folder} is missing from the system keychain and from the data folder, so they cannot be opened. Nothing was changed.</source>
        <translation>La clé des conversations de {folder} est absente du trousseau du système et du dossier de données&#xa0;: elles ne peuvent donc pas être ouvertes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused to keep the key that protects your conversations.</source>
        <translation>Le trousseau du système est verrouillé ou a refusé de garder la clé qui protège vos conversations.</translation>
    </message>
    <message>
        <source>The key for your conversations could not be read from the system keychain. Unlock the keychain (or log in to the desktop session) and try again.</source>
        <translation>La clé de vos conversations n&apos;a pas pu être lue dans le trousseau du système. Déverrouillez le trousseau (ou ouvrez une session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The message to answer no longer exists in this conversation.</source>
        <translation>Le message auquel répondre n&apos;existe plus dans cette conversation.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That reply is finished; no more text can be added to it.</source>
        <translation>Cette réponse est terminée&#x202f;; on ne peut plus y ajouter de texte.</translation>
    </message>
    <message>
        <source>That reply is already finished.</source>
        <translation>Cette réponse est déjà terminée.</translation>
    </message>
    <message>
        <source>The conversations are closed.</source>
        <translation>Les conversations sont fermées.</translation>
    </message>
    <message>
        <source>This file is not a Tramontane export (JSON), so nothing was imported.</source>
        <translation>Ce fichier n&apos;est pas un export de Tramontane (JSON)&#xa0;: rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Tramontane; update the app to import it. Nothing was imported.</source>
        <translation>Cet export provient d&apos;une version plus récente de Tramontane&#x202f;; mettez l&apos;application à jour pour l&apos;importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is not a ChatGPT export: choose conversations.json from the unpacked export archive. Nothing was imported.</source>
        <translation>Ce fichier n&apos;est pas un export de ChatGPT&#xa0;: choisissez conversations.json dans l&apos;archive d&apos;export décompressée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is too large to import ({size}; at most {limit}), so nothing was imported. Split it, or import the conversations a few at a time.</source>
        <translation>Ce fichier est trop volumineux pour être importé ({size}&#x202f;; au plus {limit})&#xa0;: rien n&apos;a donc été importé. Découpez-le, ou importez les conversations quelques-unes à la fois.</translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete ({detail}), so nothing was imported.</source>
        <translation>Ce fichier d&apos;export est endommagé ou incomplet ({detail})&#xa0;: rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with: no other model here fits in this computer&apos;s free memory.</source>
        <translation>Tramontane utilise {name}, le petit modèle fourni avec lui&#xa0;: aucun autre modèle présent ici ne tient dans la mémoire libre de cet ordinateur.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with. The Models pane has more capable ones.</source>
        <translation>Tramontane utilise {name}, le petit modèle fourni avec lui. Le volet Modèles en propose de plus performants.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the model found on this computer.</source>
        <translation>Tramontane utilise {name}, le modèle trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the most capable of the {count} models found here that fits in this computer&apos;s memory.</source>
        <translation>Tramontane utilise {name}, le plus performant des {count} modèles trouvés ici qui tient dans la mémoire de cet ordinateur.</translation>
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
        <source>The language of Tramontane&apos;s menus and messages. Models answer in the language you write to them.</source>
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
        <source>Light or dark colours. “Follow the system” changes along with your computer&apos;s setting.</source>
        <translation>Couleurs claires ou sombres. «&#xa0;Comme le système&#xa0;» suit le réglage de votre ordinateur.</translation>
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
        <translation>%1 (%2&#xa0;%)</translation>
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
        <translation>Compact réduit l&apos;espace entre les messages, pour en afficher davantage à l&apos;écran.</translation>
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
        <translation>Automatique (carte graphique quand c&apos;est utile)</translation>
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
        <translation>Automatique utilise une carte graphique s&apos;il y en a une avec assez de mémoire, et le processeur sinon.</translation>
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
        <translation>La part du modèle placée sur la carte graphique. Automatique en met autant que possible&#x202f;; baissez ce nombre si d&apos;autres programmes ont besoin de la carte.</translation>
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
        <translation>Le nombre de cœurs du processeur qu&apos;utilise le modèle. Automatique les utilise tous (cœurs physiques).</translation>
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
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The processor</source>
        <translation>Le processeur</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 layers)</source>
        <translation>%1 (%2 couches sur&#xa0;%3)</translation>
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
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
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
        <translation>Tramontane&#xa0;%1

Une IA conversationnelle privée, sur votre propre ordinateur. Les modèles tournent ici, vos conversations sont enregistrées chiffrées, et rien ne part sur Internet, sauf si vous téléchargez un modèle.

Licence Apache 2.0.</translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Search the model hub, e.g. “mistral instruct”</source>
        <translation>Rechercher sur le hub de modèles, p. ex. «&#xa0;mistral instruct&#xa0;»</translation>
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
        <translation>La recherche envoie vos mots au hub de modèles (huggingface.co). Rien d&apos;autre ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation>La recherche et le téléchargement sont désactivés, car Tramontane est réglé pour fonctionner hors ligne uniquement (Paramètres).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF models, most downloaded first.</source>
        <translation>
            <numerusform>%n dépôt avec des modèles GGUF, les plus téléchargés en premier.</numerusform>
            <numerusform>%n dépôts avec des modèles GGUF, les plus téléchargés en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloads last month</source>
        <translation>
            <numerusform>%Ln téléchargement le mois dernier</numerusform>
            <numerusform>%Ln téléchargements le mois dernier</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found; try fewer or other words.</source>
        <translation>Aucun résultat&#x202f;; essayez avec moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>Lecture de la liste des fichiers…</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Licence&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Gated: its makers ask you to accept their terms on the hub&apos;s website; Tramontane will then ask for your access token.</source>
        <translation>Accès restreint&#xa0;: ses auteurs vous demandent d&apos;accepter leurs conditions sur le site du hub&#x202f;; Tramontane vous demandera ensuite votre jeton d&apos;accès.</translation>
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
    <name>KeychainPrompt</name>
    <message>
        <source>Tramontane keeps the key that protects your conversations in your system&apos;s keychain, but the keychain is locked or refused to keep it.

Unlock the keychain (or log in to your desktop session), then try again.

Or keep the key in a file in Tramontane&apos;s data folder instead. Then anyone who can read that folder can read your conversations: another program you run, someone using your account, or anyone with a copy of this disk or its backups.</source>
        <translation>Tramontane garde la clé qui protège vos conversations dans le trousseau de votre système, mais le trousseau est verrouillé ou a refusé de la garder.

Déverrouillez le trousseau (ou ouvrez votre session de bureau), puis réessayez.

Ou gardez plutôt la clé dans un fichier du dossier de données de Tramontane. Toute personne pouvant lire ce dossier pourra alors lire vos conversations&#xa0;: un autre programme que vous lancez, quelqu&apos;un qui utilise votre compte, ou quiconque dispose d&apos;une copie de ce disque ou de ses sauvegardes.</translation>
    </message>
    <message>
        <source>Tramontane could not read the key to your conversations from your system&apos;s keychain. Unlock the keychain (or log in to your desktop session), then try again.</source>
        <translation>Tramontane n&apos;a pas pu lire la clé de vos conversations dans le trousseau de votre système. Déverrouillez le trousseau (ou ouvrez votre session de bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Garder la clé dans un fichier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>You can start with no conversations instead. The ones that cannot be opened are moved, unchanged, into a new folder in %1, so that nothing is lost if their key turns up again.</source>
        <translation>Vous pouvez plutôt repartir sans conversations. Celles qui ne peuvent pas être ouvertes sont déplacées, sans modification, dans un nouveau dossier de %1, pour que rien ne soit perdu si leur clé réapparaît.</translation>
    </message>
    <message>
        <source>Start with no conversations</source>
        <translation>Repartir sans conversations</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The model folders could not be read.</source>
        <translation>Les dossiers des modèles n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>{0} is now the model new conversations start with.</source>
        <translation>{0} est désormais le modèle avec lequel commencent les nouvelles conversations.</translation>
    </message>
    <message>
        <source>{0} is loading for this conversation.</source>
        <translation>{0} se charge pour cette conversation.</translation>
    </message>
    <message>
        <source>{0} is ready in this conversation.</source>
        <translation>{0} est prêt dans cette conversation.</translation>
    </message>
    <message>
        <source>{0} could not be loaded; the chat pane says why.</source>
        <translation>{0} n&apos;a pas pu être chargé&#x202f;; le volet de discussion explique pourquoi.</translation>
    </message>
    <message>
        <source>Another model is being copied; wait until it is done.</source>
        <translation>Un autre modèle est en cours de copie&#x202f;; attendez qu&apos;elle soit terminée.</translation>
    </message>
</context>
<context>
    <name>LocalModelsTable</name>
    <message>
        <source>{name}, {size}, {advice}</source>
        <translation>{name}, {size}, {advice}</translation>
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
        <translation>Les modèles de cet ordinateur. Déposez ici un fichier .gguf pour l&apos;ajouter.</translation>
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
        <source>Show the selected model&apos;s file in its folder</source>
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
        <translation>Aucun modèle pour l&apos;instant. Téléchargez-en un depuis le catalogue, ou ajoutez un fichier .gguf.</translation>
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
        <source>; {0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <source> in {0} files</source>
        <translation> en {0} fichiers</translation>
    </message>
    <message>
        <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
        <translation>Dans un dossier partagé&#xa0;: Tramontane l&apos;utilise sur place et ne le supprime jamais.</translation>
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
        <translation>Ce modèle risque de mal fonctionner ici&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Take {0} off the list? The file stays where it is:
{1}</source>
        <translation>Retirer {0} de la liste&#x202f;? Le fichier reste où il est&#xa0;:
{1}</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
        <translation>Supprimer {0}&#x202f;? Son fichier ({1}) sera effacé de cet ordinateur.</translation>
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
        <translation>Volet&#xa0;%1</translation>
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
        <source>Tramontane is set to work offline. Opening this link makes your browser contact %1. Open it anyway?</source>
        <translation>Tramontane est réglé pour fonctionner hors ligne. Ouvrir ce lien fait contacter %1 par votre navigateur. L&apos;ouvrir quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>Ouvrir ce lien dans votre navigateur&#x202f;?</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
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
        <translation>Version&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Lecture de votre message…&#xa0;%1&#xa0;%</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>No reply was written.</source>
        <translation>Aucune réponse n&apos;a été écrite.</translation>
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
        <translation>Plus bas&#xa0;: des réponses précises et prévisibles&#x202f;; plus haut&#xa0;: des réponses plus variées et créatives.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
        <translation>Parmi combien de mots probables le modèle choisit. Plus bas, il est plus prudent&#x202f;; 0,95 convient à la plupart des usages.</translation>
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
        <translation>Une réponse s&apos;arrête après ce nombre de jetons (un jeton vaut environ trois quarts de mot).</translation>
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
        <translation>La part de la conversation que le modèle peut lire d&apos;un coup. Plus long demande plus de mémoire&#x202f;; s&apos;applique au prochain chargement du modèle.</translation>
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
    <name>ModelPicker</name>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Serveur de l&apos;entreprise&#xa0;: %1</translation>
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
        <translation>Copier {0} dans votre dossier de modèles, ou l&apos;utiliser là où il est&#x202f;?</translation>
    </message>
    <message>
        <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
        <translation>Une copie continue de fonctionner si l&apos;original est déplacé ou son disque débranché. L&apos;utiliser sur place économise de l&apos;espace disque.</translation>
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
        <translation>Les modèles s&apos;ajoutent un par un&#x202f;; déposez les autres ensuite.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token in, so it was not saved.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau où garder le jeton&#xa0;: il n&apos;a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>The model library could not be started (%1). Your conversations and the model in use are not affected. Restart Tramontane; if this happens again, Help → Diagnostics has the details for your help desk.</source>
        <translation>La bibliothèque de modèles n&apos;a pas pu démarrer (%1). Vos conversations et le modèle en cours n&apos;en sont pas affectés. Redémarrez Tramontane&#x202f;; si cela se reproduit, Aide → Diagnostic donne les détails pour votre support informatique.</translation>
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
        <translation>Fermer l&apos;avis</translation>
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
        <translation>Collez votre jeton d&apos;accès du hub de modèles&#xa0;:</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour garder le jeton en sécurité&#xa0;: il n&apos;a donc pas été enregistré.</translation>
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
        <source>Every conversation will be deleted from this computer, and its words removed from the search index. This cannot be undone.</source>
        <translation>Chaque conversation sera supprimée de cet ordinateur, et ses mots retirés de l&apos;index de recherche. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move), your settings and your models.</source>
        <translation>Non supprimés&#xa0;: les fichiers que vous avez exportés, les copies de votre dossier de données faites en dehors de Tramontane (sauvegardes de cet ordinateur, ancien dossier de données conservé après un déplacement), vos paramètres et vos modèles.</translation>
    </message>
    <message>
        <source>Delete all conversations</source>
        <translation>Supprimer toutes les conversations</translation>
    </message>
    <message>
        <source>Delete all app data</source>
        <translation>Supprimer toutes les données de l&apos;application</translation>
    </message>
    <message>
        <source>Tramontane also kept copies of your conversations from before its updates (%1 in the backups folder). They hold your conversations as they were then.</source>
        <translation>Tramontane a aussi conservé des copies de vos conversations datant d&apos;avant ses mises à jour (%1 dans le dossier backups). Elles contiennent vos conversations telles qu&apos;elles étaient alors.</translation>
    </message>
    <message>
        <source>Delete these copies too</source>
        <translation>Supprimer aussi ces copies</translation>
    </message>
    <message>
        <source>Your conversations (with the copies taken before updates), settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
        <translation>Vos conversations (avec les copies faites avant les mises à jour), vos paramètres, les modèles téléchargés, les journaux et le jeton enregistré seront supprimés, et Tramontane se fermera. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, models in your own folders, and copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move).</source>
        <translation>Non supprimés&#xa0;: les fichiers que vous avez exportés, les modèles de vos propres dossiers et les copies de votre dossier de données faites en dehors de Tramontane (sauvegardes de cet ordinateur, ancien dossier de données conservé après un déplacement).</translation>
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
        <translation>Activé, Tramontane ne se connecte jamais&#xa0;: ni téléchargement de modèle, ni recherche sur le hub. Discuter n&apos;a de toute façon jamais besoin du réseau.</translation>
    </message>
    <message>
        <source>Not even company servers</source>
        <translation>Pas même les serveurs de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Serveurs de l&apos;entreprise</translation>
    </message>
    <message>
        <source>With offline mode on, conversations set to a company server still reach it. Tick this and nothing at all leaves this computer.</source>
        <translation>En mode hors ligne, les conversations réglées sur un serveur de l&apos;entreprise y parviennent toujours. Cochez cette case pour que rien du tout ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Only some models on the hub need an account. The token is kept in your system&apos;s keychain, never in a file.</source>
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
        <source>In your system&apos;s keychain.</source>
        <translation>Dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>In a key file in the data folder: this computer has no keychain, or it refused to keep the key and you chose the file.</source>
        <translation>Dans un fichier de clé du dossier de données&#xa0;: cet ordinateur n&apos;a pas de trousseau, ou celui-ci a refusé de garder la clé et vous avez choisi le fichier.</translation>
    </message>
    <message>
        <source>Deletes every conversation and its words in the search index. Settings and models stay.</source>
        <translation>Supprime toutes les conversations et leurs mots dans l&apos;index de recherche. Les paramètres et les modèles restent.</translation>
    </message>
    <message>
        <source>Downloads are off because your organisation&apos;s policy file could not be fully understood: %1</source>
        <translation>Les téléchargements sont désactivés, car le fichier de règles de votre organisation n&apos;a pas pu être entièrement compris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <source>Your conversations are stored encrypted; this key opens them.</source>
        <translation>Vos conversations sont enregistrées chiffrées&#x202f;; cette clé les ouvre.</translation>
    </message>
    <message>
        <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
        <translation>Quiconque peut lire votre dossier de données peut lire vos conversations. Gardez ce dossier privé, ou utilisez un ordinateur doté d&apos;un trousseau.</translation>
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
        <source>Delete all app data…</source>
        <translation>Supprimer toutes les données de l&apos;application…</translation>
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
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
</context>
<context>
    <name>ServerPrompts</name>
    <message>
        <source>Use the company server “%1”?</source>
        <translation>Utiliser le serveur de l&apos;entreprise «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>A conversation that runs on %1 is sent to it each time you write: your message, the conversation&apos;s earlier messages and its instructions. Whoever runs the server (%2) can read them. Your other conversations, your files and your models stay on this computer.</source>
        <translation>Une conversation qui se déroule sur %1 lui est envoyée chaque fois que vous écrivez&#xa0;: votre message, les messages précédents de la conversation et ses instructions. Qui administre le serveur (%2) peut les lire. Vos autres conversations, vos fichiers et vos modèles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This server&apos;s address starts with http://, so the text travels unencrypted on the network.</source>
        <translation>L&apos;adresse de ce serveur commence par http://&#xa0;: le texte circule donc en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Company server</source>
        <translation>Serveur de l&apos;entreprise</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Move this conversation to the company server “%1”?</source>
        <translation>Déplacer cette conversation vers le serveur de l&apos;entreprise «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be sent to %2 with your next message, and with every message after.</source>
        <translation>Son historique (%1 et ses instructions) sera envoyé à %2 avec votre prochain message, puis avec chacun des suivants.</translation>
    </message>
    <message>
        <source>Move and send to %1</source>
        <translation>Déplacer et envoyer à %1</translation>
    </message>
    <message>
        <source>Move this conversation to this computer?</source>
        <translation>Déplacer cette conversation vers cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be read by the model on this computer. Nothing more is sent to %2.</source>
        <translation>Son historique (%1 et ses instructions) sera lu par le modèle de cet ordinateur. Plus rien n&apos;est envoyé à %2.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Déplacer vers cet ordinateur</translation>
    </message>
    <message>
        <source>Move conversation</source>
        <translation>Déplacer la conversation</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Key for the local API</source>
        <translation>Clé de l&apos;API locale</translation>
    </message>
    <message>
        <source>Programs that use the local API send this key. Copy it now: it is not shown again (you can make a new one).</source>
        <translation>Les programmes qui utilisent l&apos;API locale envoient cette clé. Copiez-la maintenant&#xa0;: elle ne sera plus affichée (vous pourrez en créer une nouvelle).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key lasts until Tramontane closes.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: la clé ne vaut donc que jusqu&apos;à la fermeture de Tramontane.</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <translation>configuré par votre organisation</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>key saved</source>
        <translation>clé enregistrée</translation>
    </message>
    <message>
        <source>shared key</source>
        <translation>clé partagée</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>No company servers yet. Your IT department can set them up, or add one with “Add a server…”.</source>
        <translation>Aucun serveur de l&apos;entreprise pour l&apos;instant. Votre service informatique peut les configurer, ou ajoutez-en un avec « Ajouter un serveur… ».</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d&apos;accès</translation>
    </message>
    <message>
        <source>The access key for %1 (empty removes it):</source>
        <translation>La clé d&apos;accès pour %1 (vide pour la retirer)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Serveurs de l&apos;entreprise</translation>
    </message>
    <message>
        <source>A conversation set to a company server is sent to it each time you write; everything else stays on this computer. Keys are kept in your system&apos;s keychain.</source>
        <translation>Une conversation réglée sur un serveur de l&apos;entreprise lui est envoyée chaque fois que vous écrivez&#x202f;; tout le reste demeure sur cet ordinateur. Les clés sont gardées dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Access key…</source>
        <translation>Clé d&apos;accès…</translation>
    </message>
    <message>
        <source>List models again</source>
        <translation>Relister les modèles</translation>
    </message>
    <message>
        <source>Local API for other programs</source>
        <translation>API locale pour d&apos;autres programmes</translation>
    </message>
    <message>
        <source>Let other programs use the model on this computer</source>
        <translation>Permettre à d&apos;autres programmes d&apos;utiliser le modèle de cet ordinateur</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>An OpenAI-compatible API, so other programs use the local model instead of a cloud service. They need its key. Their requests are not kept as conversations.</source>
        <translation>Une API compatible OpenAI, pour que d&apos;autres programmes utilisent le modèle local plutôt qu&apos;un service en ligne. Il leur faut sa clé. Leurs demandes ne sont pas conservées comme conversations.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Programs connect to this port.</source>
        <translation>Les programmes se connectent à ce port.</translation>
    </message>
    <message>
        <source>Accept connections from other computers</source>
        <translation>Accepter les connexions d&apos;autres ordinateurs</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect. On: anyone on your network who has the key.</source>
        <translation>Désactivé&#xa0;: seuls les programmes de cet ordinateur peuvent se connecter. Activé&#xa0;: toute personne de votre réseau qui a la clé.</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Where programs send their requests. They need the key, which is shown once when it is made.</source>
        <translation>L&apos;adresse à laquelle les programmes envoient leurs demandes. Il leur faut la clé, affichée une seule fois lors de sa création.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Votre organisation ne permet pas d&apos;ajouter des serveurs.</translation>
    </message>
</context>
<context>
    <name>ServersUI</name>
    <message>
        <source>The local API could not start on port %1 (%2). Choose another port.</source>
        <translation>L&apos;API locale n&apos;a pas pu démarrer sur le port %1 (%2). Choisissez un autre port.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
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
        <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
        <translation>Une réponse est en cours d&apos;écriture. Arrêtez-la ou laissez-la finir, puis supprimez les conversations.</translation>
    </message>
    <message>
        <source>These copies could not be deleted; delete them yourself:</source>
        <translation>Ces copies n&apos;ont pas pu être supprimées&#x202f;; supprimez-les vous-même&#xa0;:</translation>
    </message>
    <message>
        <source>A reply is being written. Let it finish, then move the data folder.</source>
        <translation>Une réponse est en cours d&apos;écriture. Laissez-la finir, puis déplacez le dossier de données.</translation>
    </message>
    <message>
        <source>Copying your data to the new folder… Tramontane restarts when it is done.</source>
        <translation>Copie de vos données vers le nouveau dossier… Tramontane redémarrera une fois terminé.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked. Tramontane restarts now to use it. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
        <translation>Vos données ont été copiées dans %1 et vérifiées. Tramontane redémarre maintenant pour les utiliser. L&apos;ancien dossier, %2, a été conservé&#xa0;: supprimez-le vous-même une fois sûr que tout va bien.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Déplacer le dossier de données</translation>
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
        <source>Servers</source>
        <translation>Serveurs</translation>
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
        <translation>Passer à l&apos;élément suivant</translation>
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
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document the reply used</source>
        <translation>Le document utilisé par la réponse</translation>
    </message>
    <message>
        <source>The passage the reply used</source>
        <translation>Le passage utilisé par la réponse</translation>
    </message>
    <message>
        <source>The model read the whole document; only its beginning is kept here.</source>
        <translation>Le modèle a lu tout le document ; seul son début est conservé ici.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>%1 (whole document)</source>
        <translation>%1 (document entier)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>SourcesRow</name>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Show the passage</source>
        <translation>Afficher le passage</translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation>Afficher le document</translation>
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
        <translation>Vos conversations chiffrées et vos modèles téléchargés. Le déplacement copie tout, vérifie la copie, puis bascule&#x202f;; l&apos;ancien dossier est conservé.</translation>
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
        <translation>Ouvrir&#xa0;%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop listing %1</source>
        <translation>Ne plus afficher&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Access token needed</source>
        <translation>Jeton d&apos;accès nécessaire</translation>
    </message>
    <message>
        <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer&apos;s keychain and sends it only to the hub.</source>
        <translation>{0} est en accès restreint&#xa0;: ses auteurs vous demandent d&apos;abord d&apos;accepter leurs conditions.

1. Connectez-vous sur huggingface.co, ouvrez https://huggingface.co/{0} et acceptez les conditions.
2. Créez un jeton en lecture sur https://huggingface.co/settings/tokens.
3. Collez-le ici. Tramontane le garde dans le trousseau de cet ordinateur et ne l&apos;envoie qu&apos;au hub.</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hub access token</source>
        <translation>Jeton d&apos;accès au hub</translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation>Enregistrer et réessayer</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Tramontane export, can be imported again (*.json)</source>
        <translation>Export Tramontane, réimportable (*.json)</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Exporter des conversations</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Conversation exports (*.json);;All files (*)</source>
        <translation>Exports de conversations (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
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
        <translation>Explique en trois phrases ce qu&apos;est un bilan comptable.</translation>
    </message>
    <message>
        <source>Give me five ideas for a team lunch.</source>
        <translation>Donne-moi cinq idées de déjeuner d&apos;équipe.</translation>
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
        <translation>Le modèle tourne ici&#xa0;: rien de ce que vous tapez ne quitte cet ordinateur, et aucun compte n&apos;est nécessaire.
Vos conversations sont enregistrées chiffrées. Posez n&apos;importe quelle question, ou partez d&apos;un exemple.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Sends this question</source>
        <translation>Envoie cette question</translation>
    </message>
</context>
<context>
    <name>WhereLabel</name>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Serveur de l&apos;entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where this conversation runs: %1</source>
        <translation>Où se déroule cette conversation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} milliard</numerusform>
            <numerusform>{number} milliards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} million</numerusform>
            <numerusform>{number} millions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens at once</source>
        <translation>
            <numerusform>%Ln jeton à la fois</numerusform>
            <numerusform>%Ln jetons à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation>{name}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>{verdict}: {reason}</source>
        <translation>{verdict}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>environ {hours} h {minutes} min restantes</translation>
    </message>
    <message>
        <source>full precision: largest and slowest, no quality lost</source>
        <translation>précision complète&#xa0;: le plus gros et le plus lent, aucune perte de qualité</translation>
    </message>
    <message>
        <source>nearly full quality, about twice the default size</source>
        <translation>qualité presque complète, environ deux fois la taille par défaut</translation>
    </message>
    <message>
        <source>very high quality, larger than the default</source>
        <translation>très haute qualité, plus gros que la taille par défaut</translation>
    </message>
    <message>
        <source>high quality, slightly larger than the default</source>
        <translation>haute qualité, un peu plus gros que la taille par défaut</translation>
    </message>
    <message>
        <source>the usual choice: good quality at a moderate size</source>
        <translation>le choix habituel&#xa0;: bonne qualité pour une taille modérée</translation>
    </message>
    <message>
        <source>smaller, slightly lower quality</source>
        <translation>plus petit, qualité légèrement inférieure</translation>
    </message>
    <message>
        <source>small, noticeably lower quality</source>
        <translation>petit, qualité nettement inférieure</translation>
    </message>
    <message>
        <source>smallest, much lower quality; only when nothing else fits</source>
        <translation>le plus petit, qualité bien inférieure&#x202f;; seulement quand rien d&apos;autre ne tient</translation>
    </message>
    <message>
        <source>compact 4-bit format the model was trained for</source>
        <translation>format compact sur 4 bits pour lequel le modèle a été entraîné</translation>
    </message>
    <message>
        <source>compression level not recognised</source>
        <translation>niveau de compression non reconnu</translation>
    </message>
    <message>
        <source>Apache 2.0: may be used freely, also at work and for business</source>
        <translation>Apache 2.0&#xa0;: utilisation libre, y compris au travail et à des fins commerciales</translation>
    </message>
    <message>
        <source>MIT: may be used freely, also at work and for business</source>
        <translation>MIT&#xa0;: utilisation libre, y compris au travail et à des fins commerciales</translation>
    </message>
    <message>
        <source>Llama Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licence communautaire Llama&#xa0;: utilisable au travail et à des fins commerciales (sauf si votre entreprise compte plus de 700 millions d&apos;utilisateurs par mois)&#x202f;; respectez la politique d&apos;utilisation acceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licence communautaire Llama 3&#xa0;: utilisable au travail et à des fins commerciales (sauf si votre entreprise compte plus de 700 millions d&apos;utilisateurs par mois)&#x202f;; respectez la politique d&apos;utilisation acceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3.1 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licence communautaire Llama 3.1&#xa0;: utilisable au travail et à des fins commerciales (sauf si votre entreprise compte plus de 700 millions d&apos;utilisateurs par mois)&#x202f;; respectez la politique d&apos;utilisation acceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3.2 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licence communautaire Llama 3.2&#xa0;: utilisable au travail et à des fins commerciales (sauf si votre entreprise compte plus de 700 millions d&apos;utilisateurs par mois)&#x202f;; respectez la politique d&apos;utilisation acceptable de Meta</translation>
    </message>
    <message>
        <source>Gemma Terms of Use: may be used at work and for business, within Google&apos;s prohibited use policy</source>
        <translation>Conditions d&apos;utilisation de Gemma&#xa0;: utilisable au travail et à des fins commerciales, dans le respect de la politique d&apos;usages interdits de Google</translation>
    </message>
    <message>
        <source>Mistral Research Licence: for research and personal testing only; use at work or for business needs a separate licence from Mistral AI</source>
        <translation>Licence de recherche Mistral&#xa0;: uniquement pour la recherche et les essais personnels&#x202f;; l&apos;usage au travail ou à des fins commerciales demande une licence distincte de Mistral AI</translation>
    </message>
    <message>
        <source>Qwen Research Licence: for non-commercial research only</source>
        <translation>Licence de recherche Qwen&#xa0;: uniquement pour la recherche non commerciale</translation>
    </message>
    <message>
        <source>Qwen Licence: may be used at work and for business (unless your product has over 100 million monthly users)</source>
        <translation>Licence Qwen&#xa0;: utilisable au travail et à des fins commerciales (sauf si votre produit compte plus de 100 millions d&apos;utilisateurs par mois)</translation>
    </message>
    <message>
        <source>Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers</source>
        <translation>Creative Commons BY 4.0&#xa0;: utilisation libre, y compris commerciale, en citant les auteurs</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC 4.0: not for business use</source>
        <translation>Creative Commons BY-NC 4.0&#xa0;: pas d&apos;usage commercial</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC-SA 4.0: not for business use</source>
        <translation>Creative Commons BY-NC-SA 4.0&#xa0;: pas d&apos;usage commercial</translation>
    </message>
    <message>
        <source>OpenRAIL: may be used, also for business, but not for the harmful uses it lists</source>
        <translation>OpenRAIL&#xa0;: utilisable, y compris à des fins commerciales, mais pas pour les usages nuisibles qu&apos;elle énumère</translation>
    </message>
    <message>
        <source>Licence not stated: check the model&apos;s page before using it at work</source>
        <translation>Licence non indiquée&#xa0;: consultez la page du modèle avant de l&apos;utiliser au travail</translation>
    </message>
    <message>
        <source>{licence}: check the licence before using it at work</source>
        <translation>{licence}&#xa0;: vérifiez la licence avant de l&apos;utiliser au travail</translation>
    </message>
    <message>
        <source>writes less than a word a second</source>
        <translation>écrit moins d&apos;un mot par seconde</translation>
    </message>
    <message>
        <source>writes about one word a second</source>
        <translation>écrit environ un mot par seconde</translation>
    </message>
    <message>
        <source>writes about {words} words a second</source>
        <translation>écrit environ {words} mots par seconde</translation>
    </message>
    <message>
        <source>writes faster than anyone reads, about {words} words a second</source>
        <translation>écrit plus vite qu&apos;on ne lit, environ {words} mots par seconde</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free</source>
        <translation>demande environ {needed}, {free} libres</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free; other programs may slow down</source>
        <translation>demande environ {needed}, {free} libres&#x202f;; les autres programmes risquent de ralentir</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card</source>
        <translation>demande environ {needed}, {free} libres sur la carte graphique</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card; other programs may slow down</source>
        <translation>demande environ {needed}, {free} libres sur la carte graphique&#x202f;; les autres programmes risquent de ralentir</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card</source>
        <translation>demande environ {needed}, {free} libres en mémoire et sur la carte graphique</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card; other programs may slow down</source>
        <translation>demande environ {needed}, {free} libres en mémoire et sur la carte graphique&#x202f;; les autres programmes risquent de ralentir</translation>
    </message>
    <message>
        <source>{total} memory ({free} free)</source>
        <translation>{total} de mémoire ({free} libres)</translation>
    </message>
    <message>
        <source>{total} memory ({free} free); {gpu} with {gpu_free} free</source>
        <translation>{total} de mémoire ({free} libres)&#x202f;; {gpu} avec {gpu_free} libres</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 (being read…)</source>
        <translation>%1 (lecture en cours…)</translation>
    </message>
    <message>
        <source>Remove this document from the conversation</source>
        <translation>Retirer ce document de la conversation</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation</source>
        <translation>Retirer %1 de cette conversation</translation>
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
</TS>
