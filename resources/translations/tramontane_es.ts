<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>App</name>
        <message>
            <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
            <translation>No se pudieron leer tus ajustes, así que se usan los valores predeterminados. El archivo anterior se ha guardado al lado como settings.json.bad.</translation>
        </message>
        <message>
            <source>Your organisation's policy file could not be fully read; Settings → Diagnostics says what was wrong.</source>
            <translation>No se pudo leer por completo el archivo de directivas de tu organización; en Ajustes → Diagnóstico se indica qué falló.</translation>
        </message>
    </context>
    <context>
        <name>CatalogCard</name>
        <message>
            <source>Recommended for this computer</source>
            <translation>Recomendado para este ordenador</translation>
        </message>
        <message>
            <source>about {0}</source>
            <translation>unos {0}</translation>
        </message>
        <message>
            <source>{maker} · {params} parameters · {size} download · {quant}</source>
            <translation>{maker} · {params} parámetros · {size} de descarga · {quant}</translation>
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation>{verdict}: {reason}</translation>
        </message>
        <message>
            <source>; slow without a large graphics card</source>
            <translation>; lento sin una tarjeta gráfica potente</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <translation>En espera…</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>Download {0}</source>
            <translation>Descargar {0}</translation>
        </message>
        <message>
            <source>Downloads are turned off: Tramontane is set to work offline only.</source>
            <translation>Las descargas están desactivadas: Tramontane está configurado para trabajar solo sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>This computer: {0}. Models that fit come first.</source>
            <translation>Este ordenador: {0}. Primero aparecen los modelos que caben.</translation>
        </message>
        <message>
            <source>Downloads are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation>Las descargas están desactivadas porque Tramontane está configurado para trabajar solo sin conexión (Ajustes).</translation>
        </message>
        <message>
            <source>Model catalog</source>
            <translation>Catálogo de modelos</translation>
        </message>
    </context>
    <context>
        <name>ChatController</name>
        <message>
            <source>The model could not be loaded. %1</source>
            <translation>No se pudo cargar el modelo. %1</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Ningún modelo cargado</translation>
        </message>
        <message>
            <source>runs on the processor</source>
            <translation>funciona en el procesador</translation>
        </message>
        <message>
            <source>runs on %1 (%2 of %3 layers)</source>
            <translation>funciona en %1 (%2 de %3 capas)</translation>
        </message>
        <message>
            <source>runs on %1</source>
            <translation>funciona en %1</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
            <translation>El modelo se detuvo de forma inesperada y se está reiniciando. Tu conversación está a salvo; vuelve a enviar tu mensaje.</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <source>Conversation title</source>
            <translation>Título de la conversación</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>Model for this conversation</source>
            <translation>Modelo de esta conversación</translation>
        </message>
        <message>
            <source>Each conversation remembers the model it uses</source>
            <translation>Cada conversación recuerda el modelo que usa</translation>
        </message>
        <message>
            <source>Model state</source>
            <translation>Estado del modelo</translation>
        </message>
        <message>
            <source>Model loading progress</source>
            <translation>Progreso de carga del modelo</translation>
        </message>
        <message>
            <source>Context used</source>
            <translation>Contexto usado</translation>
        </message>
        <message>
            <source>How much of what the model can read at once this conversation uses</source>
            <translation>Cuánto de lo que el modelo puede leer de una vez ocupa esta conversación</translation>
        </message>
        <message>
            <source>System prompt…</source>
            <translation>Instrucciones del sistema…</translation>
        </message>
        <message>
            <source>Edit this conversation's system prompt</source>
            <translation>Editar las instrucciones del sistema de esta conversación</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Respuesta copiada</translation>
        </message>
        <message>
            <source>%1 of %2 tokens used</source>
            <translation>%1 de %2 tokens usados</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Instrucciones del sistema</translation>
        </message>
        <message>
            <source>Instructions the model follows in this conversation:</source>
            <translation>Instrucciones que sigue el modelo en esta conversación:</translation>
        </message>
        <message>
            <source>Send a first message, then set the system prompt.</source>
            <translation>Envía primero un mensaje y después define las instrucciones del sistema.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
            <translation>Escribe a Tramontane  (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
            <translation>Escribe una pregunta. Intro la envía y Mayús+Intro añade una línea.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Stop the reply</source>
            <translation>Detener la respuesta</translation>
        </message>
        <message>
            <source>Send message</source>
            <translation>Enviar mensaje</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Detener (Esc)</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Enviar (Intro)</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Pinned</source>
            <translation>Fijadas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Anteriores</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>New conversation</source>
            <translation>Nueva conversación</translation>
        </message>
        <message>
            <source>New conversation (%1)</source>
            <translation>Nueva conversación (%1)</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Buscar en las conversaciones</translation>
        </message>
        <message>
            <source>Finds conversations by their title and their text</source>
            <translation>Encuentra conversaciones por su título y su texto</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Enter opens, F2 renames, Delete deletes with undo</source>
            <translation>Intro abre, F2 cambia el nombre, Supr elimina (se puede deshacer)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>Conversación eliminada.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Deshacer la eliminación</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>No se encontró nada</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Desfijar</translation>
        </message>
        <message>
            <source>Pin to top</source>
            <translation>Fijar arriba</translation>
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
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Procesador</translation>
        </message>
        <message>
            <source>CPU features</source>
            <translation>Funciones de la CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Carpeta de modelos</translation>
        </message>
        <message>
            <source>Config folder</source>
            <translation>Carpeta de configuración</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Carpeta de caché</translation>
        </message>
        <message>
            <source>Logs folder</source>
            <translation>Carpeta de registros</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <source>IT policy</source>
            <translation>Directiva de TI</translation>
        </message>
        <message>
            <source>Policy problem</source>
            <translation>Problema de la directiva</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Motor de cálculo</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Archivo del modelo</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Distribución</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Muestreo</translation>
        </message>
        <message>
            <source>Speed test</source>
            <translation>Prueba de velocidad</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar el informe</translation>
        </message>
        <message>
            <source>Measuring… (a few seconds)</source>
            <translation>Midiendo… (unos segundos)</translation>
        </message>
        <message>
            <source>Reading: %1 tokens per second. Writing: %2 tokens per second. First words after %3 s.</source>
            <translation>Lectura: %1 tokens por segundo. Escritura: %2 tokens por segundo. Primeras palabras tras %3 s.</translation>
        </message>
        <message>
            <source>No model is loaded, so there is nothing to measure.</source>
            <translation>No hay ningún modelo cargado, así que no hay nada que medir.</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>This computer and Tramontane</source>
            <translation>Este ordenador y Tramontane</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Diagnostic report</source>
            <translation>Informe de diagnóstico</translation>
        </message>
        <message>
            <source>Version, system, memory, devices, model and folders</source>
            <translation>Versión, sistema, memoria, dispositivos, modelo y carpetas</translation>
        </message>
        <message>
            <source>Copies the report, in English, to paste into a message to your help desk. It holds no conversation text.</source>
            <translation>Copia el informe, en inglés, para pegarlo en un mensaje a tu soporte técnico. No contiene texto de ninguna conversación.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Refresh the report</source>
            <translation>Actualizar el informe</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Measures how fast the current model reads a question and writes a reply on this computer. A reply you ask for meanwhile waits.</source>
            <translation>Mide lo rápido que el modelo actual lee una pregunta y escribe una respuesta en este ordenador. Una respuesta que pidas mientras tanto espera.</translation>
        </message>
        <message>
            <source>Speed test</source>
            <translation>Prueba de velocidad</translation>
        </message>
        <message>
            <source>Speed test result</source>
            <translation>Resultado de la prueba de velocidad</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>{0} the download of {1}</source>
            <translation>{0} la descarga de {1}</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>Waiting for the downloads before it</source>
            <translation>Esperando a las descargas anteriores</translation>
        </message>
        <message>
            <source>Asking the hub about the file…</source>
            <translation>Consultando el archivo en el hub…</translation>
        </message>
        <message>
            <source>Paused at {0}</source>
            <translation>En pausa en {0}</translation>
        </message>
        <message>
            <source>Checking the file ({0:.0%})…</source>
            <translation>Comprobando el archivo ({0:.0%})…</translation>
        </message>
        <message>
            <source>Downloaded and checked; it is in your models list.</source>
            <translation>Descargado y comprobado; ya está en tu lista de modelos.</translation>
        </message>
        <message>
            <source>Cancelled; the partial file was deleted.</source>
            <translation>Cancelado; se ha eliminado el archivo parcial.</translation>
        </message>
    </context>
    <context>
        <name>DownloadsView</name>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Follow the system (%1)</source>
            <translation>Como el sistema (%1)</translation>
        </message>
        <message>
            <source>The language of Tramontane's menus and messages. Models answer in the language you write to them.</source>
            <translation>El idioma de los menús y mensajes de Tramontane. Los modelos responden en el idioma en que les escribas.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Light or dark colours. “Follow the system” changes along with your computer's setting.</source>
            <translation>Colores claros u oscuros. «Como el sistema» cambia junto con el ajuste de tu ordenador.</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Pequeño</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Muy grande</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Makes all the text in Tramontane larger or smaller.</source>
            <translation>Agranda o reduce todo el texto de Tramontane.</translation>
        </message>
        <message>
            <source>Comfortable</source>
            <translation>Amplio</translation>
        </message>
        <message>
            <source>Compact</source>
            <translation>Compacto</translation>
        </message>
        <message>
            <source>Spacing</source>
            <translation>Espaciado</translation>
        </message>
        <message>
            <source>Compact puts less space between messages, so more of them fit on the screen.</source>
            <translation>Compacto deja menos espacio entre los mensajes, para que quepan más en la pantalla.</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Where the model runs</source>
            <translation>Dónde funciona el modelo</translation>
        </message>
        <message>
            <source>In use now</source>
            <translation>En uso ahora</translation>
        </message>
        <message>
            <source>Automatic (graphics card when it helps)</source>
            <translation>Automático (tarjeta gráfica cuando ayude)</translation>
        </message>
        <message>
            <source>Processor only</source>
            <translation>Solo el procesador</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Cálculo en</translation>
        </message>
        <message>
            <source>Automatic uses a graphics card when there is one with enough memory, and the processor otherwise.</source>
            <translation>Automático usa una tarjeta gráfica si hay una con memoria suficiente y, si no, el procesador.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Layers on the graphics card</source>
            <translation>Capas en la tarjeta gráfica</translation>
        </message>
        <message>
            <source>How much of the model goes on the graphics card. Automatic puts as much as fits; lower it if other programs need the card.</source>
            <translation>Qué parte del modelo va a la tarjeta gráfica. Automático pone todo lo que cabe; bájalo si otros programas necesitan la tarjeta.</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>Automático (%1)</translation>
        </message>
        <message>
            <source>Processor threads</source>
            <translation>Hilos del procesador</translation>
        </message>
        <message>
            <source>How many processor cores the model uses. Automatic uses every physical core.</source>
            <translation>Cuántos núcleos del procesador usa el modelo. Automático usa todos los núcleos físicos.</translation>
        </message>
        <message>
            <source>Reload the model with these settings</source>
            <translation>Volver a cargar el modelo con estos ajustes</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>No hay ningún modelo cargado.</translation>
        </message>
        <message>
            <source>The processor</source>
            <translation>El procesador</translation>
        </message>
        <message>
            <source>%1 (%2 of %3 layers)</source>
            <translation>%1 (%2 de %3 capas)</translation>
        </message>
        <message>
            <source>Runs on</source>
            <translation>Funciona en</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Hilos</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 tokens</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Procesador</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Tarjeta gráfica</translation>
        </message>
        <message>
            <source>%1 GB free of %2 GB</source>
            <translation>%1 GB libres de %2 GB</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>About Tramontane</source>
            <translation>Acerca de Tramontane</translation>
        </message>
        <message>
            <source>Tramontane %1

Private AI chat on your own computer. The models run here, your conversations are stored encrypted, and nothing goes online unless you download a model.

Apache License 2.0.</source>
            <translation>Tramontane %1

Chat de IA privado en tu propio ordenador. Los modelos funcionan aquí, tus conversaciones se guardan cifradas y nada sale a Internet, salvo que descargues un modelo.

Licencia Apache 2.0.</translation>
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <source>Search the model hub, e.g. “mistral instruct”</source>
            <translation>Buscar en el hub de modelos, p. ej. «mistral instruct»</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Palabras de búsqueda</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search the model hub</source>
            <translation>Buscar en el hub de modelos</translation>
        </message>
        <message>
            <source>Repositories found</source>
            <translation>Repositorios encontrados</translation>
        </message>
        <message>
            <source>Model files in the chosen repository</source>
            <translation>Archivos de modelo del repositorio elegido</translation>
        </message>
        <message>
            <source>Columns of the file list</source>
            <translation>Columnas de la lista de archivos</translation>
        </message>
        <message>
            <source>Compression</source>
            <translation>Compresión</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Qué significa</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Download this file</source>
            <translation>Descargar este archivo</translation>
        </message>
        <message>
            <source>Download the selected file</source>
            <translation>Descargar el archivo seleccionado</translation>
        </message>
        <message>
            <source>Search, then choose a repository to see its model files.</source>
            <translation>Busca y después elige un repositorio para ver sus archivos de modelo.</translation>
        </message>
        <message>
            <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
            <translation>Al buscar, tus palabras se envían al hub de modelos (huggingface.co). Nada más sale de este ordenador.</translation>
        </message>
        <message>
            <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
            <translation>La búsqueda y las descargas están desactivadas porque Tramontane está configurado para trabajar solo sin conexión (Ajustes).</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>{0} repositories with GGUF models, most downloaded first.</source>
            <translation>{0} repositorios con modelos GGUF, los más descargados primero.</translation>
        </message>
        <message>
            <source>Nothing found; try fewer or other words.</source>
            <translation>No se encontró nada; prueba con menos palabras u otras.</translation>
        </message>
        <message>
            <source>{0} downloads last month</source>
            <translation>{0} descargas el mes pasado</translation>
        </message>
        <message>
            <source>Reading the list of files…</source>
            <translation>Leyendo la lista de archivos…</translation>
        </message>
        <message>
            <source>Licence: {0}</source>
            <translation>Licencia: {0}</translation>
        </message>
        <message>
            <source>Gated: its makers ask you to accept their terms on the hub's website; Tramontane will then ask for your access token.</source>
            <translation>Acceso restringido: sus autores te piden aceptar sus condiciones en la web del hub; después Tramontane te pedirá tu token de acceso.</translation>
        </message>
        <message>
            <source>This repository has no GGUF model files.</source>
            <translation>Este repositorio no tiene archivos de modelo GGUF.</translation>
        </message>
        <message>
            <source> ({0} parts)</source>
            <translation> ({0} partes)</translation>
        </message>
    </context>
    <context>
        <name>LocalModelsView</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Compression</source>
            <translation>Compresión</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Models on this computer. Drop a .gguf file here to add it.</source>
            <translation>Modelos de este ordenador. Suelta aquí un archivo .gguf para añadirlo.</translation>
        </message>
        <message>
            <source>Add a model file…</source>
            <translation>Añadir un archivo de modelo…</translation>
        </message>
        <message>
            <source>Add a model file from this computer</source>
            <translation>Añadir un archivo de modelo desde este ordenador</translation>
        </message>
        <message>
            <source>Use in this conversation</source>
            <translation>Usar en esta conversación</translation>
        </message>
        <message>
            <source>Use the selected model in this conversation</source>
            <translation>Usar el modelo seleccionado en esta conversación</translation>
        </message>
        <message>
            <source>Use for new conversations</source>
            <translation>Usar para las conversaciones nuevas</translation>
        </message>
        <message>
            <source>Make the selected model the default</source>
            <translation>Convertir el modelo seleccionado en el predeterminado</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Show the selected model's file in its folder</source>
            <translation>Mostrar el archivo del modelo seleccionado en su carpeta</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modelos en este ordenador</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Sort the models by</source>
            <translation>Ordenar los modelos por</translation>
        </message>
        <message>
            <source>No models yet. Download one from the catalog, or add a .gguf file.</source>
            <translation>Aún no hay modelos. Descarga uno del catálogo o añade un archivo .gguf.</translation>
        </message>
        <message>
            <source>No model selected</source>
            <translation>Ningún modelo seleccionado</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>{verdict}: {reason}</source>
            <translation>{verdict}: {reason}</translation>
        </message>
        <message>
            <source> in {0} files</source>
            <translation> en {0} archivos</translation>
        </message>
        <message>
            <source>{0} tokens at once</source>
            <translation>{0} tokens a la vez</translation>
        </message>
        <message>
            <source>In a shared folder: Tramontane uses it there and never deletes it.</source>
            <translation>En una carpeta compartida: Tramontane lo usa ahí y nunca lo elimina.</translation>
        </message>
        <message>
            <source>Comes with Tramontane.</source>
            <translation>Viene con Tramontane.</translation>
        </message>
        <message>
            <source>Used where it is, outside your models folder.</source>
            <translation>Se usa donde está, fuera de tu carpeta de modelos.</translation>
        </message>
        <message>
            <source>★ New conversations start with this model.</source>
            <translation>★ Las conversaciones nuevas empiezan con este modelo.</translation>
        </message>
        <message>
            <source>Remove from list…</source>
            <translation>Quitar de la lista…</translation>
        </message>
        <message>
            <source>Tramontane does not delete files in shared or bundled folders.</source>
            <translation>Tramontane no elimina archivos de carpetas compartidas o incluidas.</translation>
        </message>
        <message>
            <source>This model may not run well here: {0}</source>
            <translation>Puede que este modelo no funcione bien aquí: {0}</translation>
        </message>
        <message>
            <source>Take {0} off the list? The file stays where it is:
{1}</source>
            <translation>¿Quitar {0} de la lista? El archivo se queda donde está:
{1}</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Quitar de la lista</translation>
        </message>
        <message>
            <source>Delete {0}? Its file ({1}) will be removed from this computer.</source>
            <translation>¿Eliminar {0}? Su archivo ({1}) se borrará de este ordenador.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete model</source>
            <translation>Eliminar el modelo</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>%1 pane</source>
            <translation>Panel %1</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts, diagnostics and about Tramontane</source>
            <translation>Atajos de teclado, diagnóstico e información sobre Tramontane</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>Open link</source>
            <translation>Abrir enlace</translation>
        </message>
        <message>
            <source>Open this link in your browser?</source>
            <translation>¿Abrir este enlace en tu navegador?</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>The messages of this conversation, oldest first</source>
            <translation>Los mensajes de esta conversación, del más antiguo al más reciente</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message numerus="yes">
            <source>%Ln tokens</source>
            <translation>
                <numerusform>%Ln token</numerusform>
                <numerusform>%Ln tokens</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 tok/s</source>
            <translation>%1 tokens/s</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>no reply</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Tu mensaje</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>Copiar este mensaje</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit this question and send it again</source>
            <translation>Editar esta pregunta y enviarla de nuevo</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regenerar</translation>
        </message>
        <message>
            <source>Write another reply</source>
            <translation>Escribir otra respuesta</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <source>Next version</source>
            <translation>Versión siguiente</translation>
        </message>
        <message>
            <source>Version %1 of %2</source>
            <translation>Versión %1 de %2</translation>
        </message>
        <message>
            <source>Reading your message… %1%</source>
            <translation>Leyendo tu mensaje… %1 %</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Pensando…</translation>
        </message>
        <message>
            <source>No reply was written.</source>
            <translation>No se escribió ninguna respuesta.</translation>
        </message>
        <message>
            <source>Edit your question</source>
            <translation>Edita tu pregunta</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Send the changed question</source>
            <translation>Enviar la pregunta modificada</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Cancelar la edición</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>The starter model</source>
            <translation>El modelo inicial</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Default model</source>
            <translation>Modelo predeterminado</translation>
        </message>
        <message>
            <source>The model Tramontane loads when it starts. Each conversation can still use another one.</source>
            <translation>El modelo que Tramontane carga al iniciarse. Cada conversación puede usar otro igualmente.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Lower gives focused, predictable replies; higher gives more varied, creative ones.</source>
            <translation>Más bajo da respuestas precisas y predecibles; más alto, respuestas más variadas y creativas.</translation>
        </message>
        <message>
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <source>How many likely words the model chooses from. Lower is more careful; 0.95 suits most uses.</source>
            <translation>Entre cuántas palabras probables elige el modelo. Más bajo es más prudente; 0,95 sirve para casi todo.</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <source>Maximum reply length</source>
            <translation>Longitud máxima de la respuesta</translation>
        </message>
        <message>
            <source>A reply stops after this many tokens (a token is about three quarters of a word).</source>
            <translation>Una respuesta se detiene tras este número de tokens (un token es más o menos tres cuartos de palabra).</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 tokens</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Longitud del contexto</translation>
        </message>
        <message>
            <source>How much of the conversation the model can read at once. Longer needs more memory; takes effect when the model is next loaded.</source>
            <translation>Cuánta parte de la conversación puede leer el modelo de una vez. Más largo necesita más memoria; se aplica la próxima vez que se cargue el modelo.</translation>
        </message>
        <message>
            <source>Reset to recommended</source>
            <translation>Restablecer lo recomendado</translation>
        </message>
        <message>
            <source>Puts temperature, top-p, reply length and context length back to the recommended values.</source>
            <translation>Devuelve la temperatura, el top-p, la longitud de respuesta y la del contexto a los valores recomendados.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPane</name>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Catálogo</translation>
        </message>
        <message>
            <source>Search the hub</source>
            <translation>Buscar en el hub</translation>
        </message>
        <message>
            <source>Model library sections</source>
            <translation>Secciones de la biblioteca de modelos</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel copying the model</source>
            <translation>Cancelar la copia del modelo</translation>
        </message>
        <message>
            <source>Copy progress</source>
            <translation>Progreso de la copia</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Añadir un archivo de modelo</translation>
        </message>
        <message>
            <source>GGUF model files (*.gguf)</source>
            <translation>Archivos de modelo GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>Add a model</source>
            <translation>Añadir un modelo</translation>
        </message>
        <message>
            <source>Copy {0} into your models folder, or use it where it is?</source>
            <translation>¿Copiar {0} en tu carpeta de modelos o usarlo donde está?</translation>
        </message>
        <message>
            <source>A copy keeps working when the original is moved or its drive is unplugged. Using it in place saves disk space.</source>
            <translation>Una copia sigue funcionando si el original se mueve o se desconecta su disco. Usarlo donde está ahorra espacio en disco.</translation>
        </message>
        <message>
            <source>Copy into my models</source>
            <translation>Copiar en mis modelos</translation>
        </message>
        <message>
            <source>Use where it is</source>
            <translation>Usar donde está</translation>
        </message>
        <message>
            <source>Copying {0}…</source>
            <translation>Copiando {0}…</translation>
        </message>
        <message>
            <source>{0} was added to your models.</source>
            <translation>{0} se ha añadido a tus modelos.</translation>
        </message>
        <message>
            <source>One model is added at a time; drop the others afterwards.</source>
            <translation>Los modelos se añaden de uno en uno; suelta los demás después.</translation>
        </message>
        <message>
            <source>This computer has no keychain to keep the token in, so it was not saved.</source>
            <translation>Este ordenador no tiene un llavero donde guardar el token, así que no se ha guardado.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Hub token</source>
            <translation>Token del hub</translation>
        </message>
        <message>
            <source>Paste your access token from the model hub:</source>
            <translation>Pega tu token de acceso del hub de modelos:</translation>
        </message>
        <message>
            <source>This computer has no keychain to keep the token safely, so it was not saved.</source>
            <translation>Este ordenador no tiene un llavero para guardar el token de forma segura, así que no se ha guardado.</translation>
        </message>
        <message>
            <source>No token saved</source>
            <translation>Ningún token guardado</translation>
        </message>
        <message>
            <source>Saved token, hidden</source>
            <translation>Token guardado, oculto</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <translation>Añadir un token…</translation>
        </message>
        <message>
            <source>Delete all conversations</source>
            <translation>Eliminar todas las conversaciones</translation>
        </message>
        <message>
            <source>Every conversation will be deleted from this computer. This cannot be undone.</source>
            <translation>Se eliminarán todas las conversaciones de este ordenador. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete all app data</source>
            <translation>Eliminar todos los datos de la aplicación</translation>
        </message>
        <message>
            <source>Your conversations, settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
            <translation>Se eliminarán tus conversaciones, ajustes, modelos descargados, registros y el token guardado, y Tramontane se cerrará. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete everything and close</source>
            <translation>Eliminar todo y cerrar</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Your conversations</source>
            <translation>Tus conversaciones</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Work offline only</source>
            <translation>Trabajar solo sin conexión</translation>
        </message>
        <message>
            <source>Offline mode</source>
            <translation>Modo sin conexión</translation>
        </message>
        <message>
            <source>When on, Tramontane never goes online: no model downloads and no hub search. Chatting never needs the network either way.</source>
            <translation>Si está activado, Tramontane nunca se conecta: ni descargas de modelos ni búsquedas en el hub. Para chatear nunca hace falta la red.</translation>
        </message>
        <message>
            <source>Only some models on the hub need an account. The token is kept in your system's keychain, never in a file.</source>
            <translation>Solo algunos modelos del hub necesitan una cuenta. El token se guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the hub token</source>
            <translation>Quitar el token del hub</translation>
        </message>
        <message>
            <source>In your system's keychain.</source>
            <translation>En el llavero del sistema.</translation>
        </message>
        <message>
            <source>In a key file in the data folder, because this computer has no keychain.</source>
            <translation>En un archivo de clave en la carpeta de datos, porque este ordenador no tiene llavero.</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Clave de cifrado</translation>
        </message>
        <message>
            <source>Your conversations are stored encrypted; this key opens them.</source>
            <translation>Tus conversaciones se guardan cifradas; esta clave las abre.</translation>
        </message>
        <message>
            <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
            <translation>Cualquiera que pueda leer tu carpeta de datos puede leer tus conversaciones. Mantén esa carpeta privada o usa un ordenador con llavero.</translation>
        </message>
        <message>
            <source>Delete all conversations…</source>
            <translation>Eliminar todas las conversaciones…</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Deletes every conversation. Settings and models stay.</source>
            <translation>Elimina todas las conversaciones. Los ajustes y los modelos se quedan.</translation>
        </message>
        <message>
            <source>Delete all app data…</source>
            <translation>Eliminar todos los datos de la aplicación…</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
            <translation>Elimina conversaciones, ajustes, modelos descargados y registros, y después cierra Tramontane. Los modelos de tus propias carpetas se quedan.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Set by your organisation's IT policy.</source>
            <translation>Establecido por la directiva de TI de tu organización.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCoordinator</name>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
            <translation>Se está escribiendo una respuesta. Detenla o deja que termine y después elimina las conversaciones.</translation>
        </message>
        <message>
            <source>A reply is being written. Let it finish, then move the data folder.</source>
            <translation>Se está escribiendo una respuesta. Deja que termine y después mueve la carpeta de datos.</translation>
        </message>
        <message>
            <source>Copying your data to the new folder…</source>
            <translation>Copiando tus datos a la carpeta nueva…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Move the data folder</source>
            <translation>Mover la carpeta de datos</translation>
        </message>
        <message>
            <source>Your data was copied to %1 and checked. Tramontane uses it from its next start. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
            <translation>Tus datos se han copiado a %1 y se han comprobado. Tramontane los usará a partir del próximo inicio. La carpeta anterior, %2, se ha conservado: elimínala tú cuando estés seguro de que todo va bien.</translation>
        </message>
        <message>
            <source>That is already the data folder.</source>
            <translation>Esa ya es la carpeta de datos.</translation>
        </message>
        <message>
            <source>The new folder cannot be inside the current one, nor the other way round.</source>
            <translation>La carpeta nueva no puede estar dentro de la actual, ni al revés.</translation>
        </message>
        <message>
            <source>That folder already holds files. Choose an empty folder.</source>
            <translation>Esa carpeta ya contiene archivos. Elige una carpeta vacía.</translation>
        </message>
        <message>
            <source>There is not enough free space there.</source>
            <translation>No hay suficiente espacio libre ahí.</translation>
        </message>
        <message>
            <source>The copy did not match the original.</source>
            <translation>La copia no coincidía con el original.</translation>
        </message>
        <message>
            <source>The move was cancelled.</source>
            <translation>Se ha cancelado el traslado.</translation>
        </message>
        <message>
            <source>The copy failed (%1).</source>
            <translation>La copia ha fallado (%1).</translation>
        </message>
    </context>
    <context>
        <name>SettingsPane</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Almacenamiento</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Secciones de los ajustes</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>New conversation</source>
            <translation>Nueva conversación</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Buscar en las conversaciones</translation>
        </message>
        <message>
            <source>Send the message</source>
            <translation>Enviar el mensaje</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <translation>Línea nueva en el mensaje</translation>
        </message>
        <message>
            <source>Stop the reply</source>
            <translation>Detener la respuesta</translation>
        </message>
        <message>
            <source>Write another reply to the last question</source>
            <translation>Escribir otra respuesta a la última pregunta</translation>
        </message>
        <message>
            <source>Copy the last reply</source>
            <translation>Copiar la última respuesta</translation>
        </message>
        <message>
            <source>Rename the selected conversation</source>
            <translation>Cambiar el nombre de la conversación seleccionada</translation>
        </message>
        <message>
            <source>Delete the selected conversation (with undo)</source>
            <translation>Eliminar la conversación seleccionada (se puede deshacer)</translation>
        </message>
        <message>
            <source>Go to the conversation</source>
            <translation>Ir a la conversación</translation>
        </message>
        <message>
            <source>Go to the models</source>
            <translation>Ir a los modelos</translation>
        </message>
        <message>
            <source>Open the settings</source>
            <translation>Abrir los ajustes</translation>
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation>Mostrar estos atajos de teclado</translation>
        </message>
        <message>
            <source>Move to the next control</source>
            <translation>Pasar al siguiente control</translation>
        </message>
        <message>
            <source>Quit Tramontane</source>
            <translation>Salir de Tramontane</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything in Tramontane can be done from the keyboard.</source>
            <translation>En Tramontane todo se puede hacer con el teclado.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message>
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <source>Move the data folder to…</source>
            <translation>Mover la carpeta de datos a…</translation>
        </message>
        <message>
            <source>Add a models folder</source>
            <translation>Añadir una carpeta de modelos</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Almacenamiento</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Your own models folders</source>
            <translation>Tus propias carpetas de modelos</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
            <translation>Tus conversaciones cifradas y los modelos descargados. Al moverla se copia todo, se comprueba la copia y luego se cambia; la carpeta anterior se conserva.</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Mover…</translation>
        </message>
        <message>
            <source>Move the data folder</source>
            <translation>Mover la carpeta de datos</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Descargados</translation>
        </message>
        <message>
            <source>Models you downloaded or added.</source>
            <translation>Los modelos que has descargado o añadido.</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Incluido</translation>
        </message>
        <message>
            <source>The starter model that comes with Tramontane.</source>
            <translation>El modelo inicial que viene con Tramontane.</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Añadir una carpeta…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Tramontane also lists the models in these folders, for example a shared folder at work.</source>
            <translation>Tramontane también muestra los modelos de estas carpetas, por ejemplo una carpeta compartida del trabajo.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
        <message>
            <source>Size: %1</source>
            <translation>Tamaño: %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Stop listing %1</source>
            <translation>Dejar de mostrar %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <source>Access token needed</source>
            <translation>Se necesita un token de acceso</translation>
        </message>
        <message>
            <source>{0} is gated: its makers ask you to accept their terms first.

1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.
2. Create a read token at https://huggingface.co/settings/tokens.
3. Paste it here. Tramontane keeps it in this computer's keychain and sends it only to the hub.</source>
            <translation>{0} tiene acceso restringido: sus autores te piden que aceptes primero sus condiciones.

1. Inicia sesión en huggingface.co, abre https://huggingface.co/{0} y acepta las condiciones.
2. Crea un token de lectura en https://huggingface.co/settings/tokens.
3. Pégalo aquí. Tramontane lo guarda en el llavero de este ordenador y solo lo envía al hub.</translation>
        </message>
        <message>
            <source>hf_…</source>
            <translation>hf_…</translation>
        </message>
        <message>
            <source>Hub access token</source>
            <translation>Token de acceso al hub</translation>
        </message>
        <message>
            <source>Save and retry</source>
            <translation>Guardar y reintentar</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Write a polite email asking to move a meeting to Thursday.</source>
            <translation>Escribe un correo educado para pedir que se pase una reunión al jueves.</translation>
        </message>
        <message>
            <source>Explain what a balance sheet is in three sentences.</source>
            <translation>Explica en tres frases qué es un balance de situación.</translation>
        </message>
        <message>
            <source>Give me five ideas for a team lunch.</source>
            <translation>Dame cinco ideas para una comida de equipo.</translation>
        </message>
        <message>
            <source>Summarise the main causes of the French Revolution.</source>
            <translation>Resume las principales causas de la Revolución francesa.</translation>
        </message>
        <message>
            <source>Private AI chat, on this computer</source>
            <translation>Chat de IA privado, en este ordenador</translation>
        </message>
        <message>
            <source>The model runs here: nothing you type leaves this computer, and no account is needed.
Your conversations are saved encrypted. Ask anything, or start with an example.</source>
            <translation>El modelo funciona aquí: nada de lo que escribas sale de este ordenador y no hace falta ninguna cuenta.
Tus conversaciones se guardan cifradas. Pregunta lo que quieras o empieza con un ejemplo.</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Ejemplo: %1</translation>
        </message>
        <message>
            <source>Sends this question</source>
            <translation>Envía esta pregunta</translation>
        </message>
    </context>
    <context>
        <name>_CodeBlock</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copiar el código</translation>
        </message>
        <message>
            <source>Copy this code</source>
            <translation>Copiar este código</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>_ProseView</name>
        <message>
            <source>Message text</source>
            <translation>Texto del mensaje</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[imagen: %1]</translation>
        </message>
        <message>
            <source>no description</source>
            <translation>sin descripción</translation>
        </message>
    </context>
</TS>