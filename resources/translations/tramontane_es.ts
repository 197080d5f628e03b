<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Empty: the server lists its models</source>
        <translation>Vacío: el servidor indica sus modelos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clave de acceso:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your settings could not be read, so the defaults are used. The old file was kept beside the new one as settings.json.bad.</source>
        <translation>No se pudieron leer sus ajustes, así que se usan los valores predeterminados. El archivo anterior se ha guardado al lado como settings.json.bad.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy file could not be fully understood, so downloads are off: %1</source>
        <translation>El archivo de directivas de su organización no se pudo entender por completo, así que las descargas están desactivadas: %1</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>For example: You answer questions about our HR policy, briefly and in French.</source>
        <translation>Por ejemplo: Usted responde preguntas sobre nuestra política de RR. HH., brevemente y en español.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Añadir un ejemplo</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Quitar el ejemplo</translation>
    </message>
    <message>
        <source>App setting</source>
        <translation>Ajuste de la aplicación</translation>
    </message>
    <message>
        <source>The model in use</source>
        <translation>El modelo en uso</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>One-line description</source>
        <translation>Descripción en una línea</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Worked examples</source>
        <translation>Ejemplos resueltos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Preferred model</source>
        <translation>Modelo preferido</translation>
    </message>
    <message>
        <source>Documents it answers from</source>
        <translation>Documentos en los que se basa para responder</translation>
    </message>
    <message>
        <source>Adapter (LoRA)</source>
        <translation>Adaptador (LoRA)</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Intensidad del adaptador</translation>
    </message>
    <message>
        <source>Documents for this assistant</source>
        <translation>Documentos para este asistente</translation>
    </message>
    <message>
        <source>A folder of documents for this assistant</source>
        <translation>Una carpeta de documentos para este asistente</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>Adaptadores GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Start a chat</source>
        <translation>Empezar un chat</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>provided by your organisation</source>
        <translation>proporcionado por su organización</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suyo</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Eliminar el asistente</translation>
    </message>
    <message>
        <source>Delete the assistant “%1”? Conversations with it are kept.</source>
        <translation>¿Eliminar el asistente «%1»? Las conversaciones con él se conservan.</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>Exportar el asistente</translation>
    </message>
    <message>
        <source>Assistants (*.json)</source>
        <translation>Asistentes (*.json)</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>Importar un asistente</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the documents</source>
        <translation>Dejar de leer los documentos</translation>
    </message>
    <message>
        <source>Reading the documents</source>
        <translation>Leyendo los documentos</translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>y %n documento más</numerusform>
            <numerusform>y %n documentos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 passages</source>
        <translation>Leyendo %1: %2 de %3 fragmentos</translation>
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
        <source>; {0}</source>
        <translation>; {0}</translation>
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
</context>
<context>
    <name>ChatExtras</name>
    <message>
        <source>Assistants…</source>
        <translation>Asistentes…</translation>
    </message>
    <message>
        <source>Choose an assistant for a new chat, or manage assistants</source>
        <translation>Elegir un asistente para un chat nuevo o gestionar los asistentes</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Asistente: %1</translation>
    </message>
    <message>
        <source>Assistant of this conversation</source>
        <translation>Asistente de esta conversación</translation>
    </message>
    <message>
        <source>documents: %1 tokens</source>
        <translation>documentos: %1 tokens</translation>
    </message>
    <message>
        <source>Share of the context taken by attached documents</source>
        <translation>Parte del contexto que ocupan los documentos adjuntos</translation>
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
        <source>Conversation settings…</source>
        <translation>Ajustes de la conversación…</translation>
    </message>
    <message>
        <source>Edit this conversation&apos;s instructions and reply settings</source>
        <translation>Editar las instrucciones y los ajustes de respuesta de esta conversación</translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation>Respuesta copiada</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used</source>
        <translation>%1 de %2 tokens usados</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Tramontane  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escriba a Tramontane  (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it, Shift+Enter adds a line.</source>
        <translation>Escriba una pregunta. Intro la envía y Mayús+Intro añade una línea.</translation>
    </message>
    <message>
        <source>Attach documents (or drop them here)</source>
        <translation>Adjuntar documentos (o soltarlos aquí)</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;Todos los archivos (*)</translation>
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
        <source>More: import and export conversations</source>
        <translation>Más: importar y exportar conversaciones</translation>
    </message>
    <message>
        <source>Import and export conversations</source>
        <translation>Importar y exportar conversaciones</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
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
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <source>For example: You are a careful assistant for a law firm. Answer in French, briefly.</source>
        <translation>Por ejemplo: Usted es un asistente cuidadoso para un bufete de abogados. Responda en español, con brevedad.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>App setting (%1)</source>
        <translation>Ajuste de la aplicación (%1)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>App setting (%1 tokens)</source>
        <translation>Ajuste de la aplicación (%1 tokens)</translation>
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
        <source>The model follows these instructions in every reply of this conversation.</source>
        <translation>El modelo sigue estas instrucciones en cada respuesta de esta conversación.</translation>
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
        <source>Backends</source>
        <translation>Motores</translation>
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
        <translation>Copia el informe, en inglés, para pegarlo en un mensaje a su soporte técnico. No contiene texto de ninguna conversación.</translation>
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
        <translation>Mide lo rápido que el modelo actual lee una pregunta y escribe una respuesta en este ordenador. Una respuesta que pida mientras tanto espera.</translation>
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
        <source>Checking the file ({0}%)…</source>
        <translation>Comprobando el archivo ({0} %)…</translation>
    </message>
    <message>
        <source>Downloaded and checked; it is in your models list.</source>
        <translation>Descargado y comprobado; ya está en su lista de modelos.</translation>
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
    <name>Errors</name>
    <message>
        <source>The assistant file “{name}” could not be read ({reason}); it was skipped.</source>
        <translation>No se pudo leer el archivo de asistente «{name}» ({reason}); se ha omitido.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is not usable ({what}); it was skipped.</source>
        <translation>El archivo de asistente «{name}» no se puede usar ({what}); se ha omitido.</translation>
    </message>
    <message>
        <source>The assistant file “{name}” is too large to be an assistant; it was skipped.</source>
        <translation>El archivo de asistente «{name}» es demasiado grande para ser un asistente; se ha omitido.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation and cannot be changed; duplicate it to make your own version.</source>
        <translation>«{name}» lo proporciona su organización y no se puede modificar; duplíquelo para crear su propia versión.</translation>
    </message>
    <message>
        <source>“{name}” comes with Tramontane and cannot be changed; duplicate it to make your own version.</source>
        <translation>«{name}» viene con Tramontane y no se puede modificar; duplíquelo para crear su propia versión.</translation>
    </message>
    <message>
        <source>Your organisation does not allow changing assistants on this computer.</source>
        <translation>Su organización no permite modificar los asistentes en este ordenador.</translation>
    </message>
    <message>
        <source>The assistant “{name}” could not be saved ({reason}).</source>
        <translation>No se pudo guardar el asistente «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>The model could not be loaded. {reason}</source>
        <translation>No se pudo cargar el modelo. {reason}</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly and is being restarted. Your conversation is safe; send your message again.</source>
        <translation>El modelo se detuvo de forma inesperada y se está reiniciando. Su conversación está a salvo; envíe su mensaje de nuevo.</translation>
    </message>
    <message>
        <source>This conversation used the model “{name}”, which is no longer on this computer. Its replies now come from the model in use.</source>
        <translation>Esta conversación usaba el modelo «{name}», que ya no está en este ordenador. Sus respuestas vienen ahora del modelo en uso.</translation>
    </message>
    <message>
        <source>This conversation runs on a company server that is not available here ({name}). Nothing is sent anywhere else: choose a model in the list to go on.</source>
        <translation>Esta conversación funciona en un servidor de la empresa que no está disponible aquí ({name}). No se envía nada a ningún otro sitio: elija un modelo de la lista para continuar.</translation>
    </message>
    <message>
        <source>This conversation runs on {name}, not on the model in use, so nothing was sent. Choose a model in the list to go on; moving the conversation asks first.</source>
        <translation>Esta conversación funciona en {name}, no en el modelo en uso, así que no se ha enviado nada. Elija un modelo de la lista para continuar; antes de trasladar la conversación se le preguntará.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model can read at once; the oldest {count} messages were left out.</source>
        <translation>La conversación es más larga de lo que el modelo puede leer de una vez; se han omitido los {count} mensajes más antiguos.</translation>
    </message>
    <message>
        <source>{name} is {size}, more than an export of conversations can be ({limit}). Nothing was imported.</source>
        <translation>{name} ocupa {size}, más de lo que puede ocupar una exportación de conversaciones ({limit}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it is no export of conversations. Nothing was imported.</source>
        <translation>{name} no es un archivo de texto, así que no es una exportación de conversaciones. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}). Nothing was imported.</source>
        <translation>No se pudo leer {name} ({reason}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Your conversations are unchanged; choose another folder.</source>
        <translation>No se pudo escribir {name} ({reason}). Sus conversaciones no han cambiado; elija otra carpeta.</translation>
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
        <source>{target} already holds files; choose an empty folder.</source>
        <translation>{target} ya contiene archivos; elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>There is not enough free space at {anchor} for {size}.</source>
        <translation>No hay suficiente espacio libre en {anchor} para {size}.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; nothing was changed.</source>
        <translation>La copia de {name} no coincide con el original; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The copy failed ({reason}); nothing was changed.</source>
        <translation>La copia ha fallado ({reason}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{path} is in the way and was not made by Tramontane; move it away or choose another folder. Nothing was changed.</source>
        <translation>{path} estorba y no lo ha creado Tramontane; muévalo o elija otra carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was changed.</source>
        <translation>El traslado se ha cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file Tramontane can read. It reads text, Markdown, PDF, Word (.docx), HTML, CSV and Excel (.xlsx) files.</source>
        <translation>«{name}» no es un tipo de archivo que Tramontane sepa leer. Lee archivos de texto, Markdown, PDF, Word (.docx), HTML, CSV y Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is too large to read ({size}); the limit is {limit}.</source>
        <translation>«{name}» es demasiado grande para leerlo ({size}); el límite es {limit}.</translation>
    </message>
    <message>
        <source>“{name}” has more than {pages} pages, more than Tramontane reads of one document.</source>
        <translation>«{name}» tiene más de {pages} páginas, más de las que Tramontane lee de un documento.</translation>
    </message>
    <message>
        <source>“{name}” could not be found; it may have been moved or deleted.</source>
        <translation>No se encuentra «{name}»; puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>No se pudo leer «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” changed or disappeared while it was being read; try again.</source>
        <translation>«{name}» cambió o desapareció mientras se leía; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be read.</source>
        <translation>«{name}» está dañado y no se pudo leer.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to far more than its size ({size}), as a booby-trapped file would; it was not opened.</source>
        <translation>«{name}» se descomprime en mucho más que su tamaño ({size}), como haría un archivo trampa; no se ha abierto.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Save a copy without the password and attach that.</source>
        <translation>«{name}» está protegido con contraseña. Guarde una copia sin contraseña y adjúntela.</translation>
    </message>
    <message>
        <source>“{name}” holds no text that can be read, only images (a scanned document?). Run text recognition (OCR) on it first.</source>
        <translation>«{name}» no contiene texto legible, solo imágenes (¿un documento escaneado?). Páselo antes por un reconocimiento de texto (OCR).</translation>
    </message>
    <message>
        <source>The folder “{name}” holds more than {count} files; only the first {count} are read.</source>
        <translation>La carpeta «{name}» contiene más de {count} archivos; solo se leen los {count} primeros.</translation>
    </message>
    <message>
        <source>The adapter “{name}” could not be used: {reason}</source>
        <translation>No se pudo usar el adaptador «{name}»: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a LoRA adapter (a GGUF file made by llama.cpp&apos;s convert_lora_to_gguf).</source>
        <translation>«{name}» no es un adaptador LoRA (un archivo GGUF creado con convert_lora_to_gguf de llama.cpp).</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another kind of model ({adapter_arch}); the model in use is {model_arch}.</source>
        <translation>El adaptador «{name}» se creó para otro tipo de modelo ({adapter_arch}); el modelo en uso es {model_arch}.</translation>
    </message>
    <message>
        <source>The adapter “{name}” was made for another model of the same kind: its layers do not fit this model ({tensor}).</source>
        <translation>El adaptador «{name}» se creó para otro modelo del mismo tipo: sus capas no encajan con este modelo ({tensor}).</translation>
    </message>
    <message>
        <source>The model would not take the adapter “{name}”; the file may be damaged.</source>
        <translation>El modelo no ha aceptado el adaptador «{name}»; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Su organización no permite añadir servidores.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address. It starts with https:// (or http://), for example https://llm.example.org/v1.</source>
        <translation>«{address}» no es una dirección de servidor. Empieza por https:// (o http://), por ejemplo https://llm.example.org/v1.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Dé un nombre al servidor.</translation>
    </message>
    <message>
        <source>There are already {count} servers; remove one first.</source>
        <translation>Ya hay {count} servidores; quite uno primero.</translation>
    </message>
    <message>
        <source>This server was set up by your organisation and cannot be changed here.</source>
        <translation>Este servidor lo ha configurado su organización y no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key safely, so it was not saved.</source>
        <translation>Este ordenador no tiene un llavero para guardar la clave de forma segura, así que no se ha guardado.</translation>
    </message>
    <message>
        <source>The list of servers could not be saved ({reason}).</source>
        <translation>No se pudo guardar la lista de servidores ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a GGUF model file.</source>
        <translation>Este archivo no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>This model file is incomplete (it ends early); download it again.</source>
        <translation>Este archivo de modelo está incompleto (termina antes de tiempo); descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>This model file is damaged ({why}).</source>
        <translation>Este archivo de modelo está dañado ({why}).</translation>
    </message>
    <message>
        <source>The model file {name} could not be found.</source>
        <translation>No se encuentra el archivo de modelo {name}.</translation>
    </message>
    <message>
        <source>The path {name} is a folder, not a model file.</source>
        <translation>La ruta {name} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>Tramontane is not allowed to read the model file {name}.</source>
        <translation>Tramontane no tiene permiso para leer el archivo de modelo {name}.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo de modelo {name} ({reason}).</translation>
    </message>
    <message>
        <source>This model file is empty; download it again.</source>
        <translation>Este archivo de modelo está vacío; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>This file is a web page, not a model file; the download went wrong.</source>
        <translation>Este archivo es una página web, no un archivo de modelo; la descarga ha salido mal.</translation>
    </message>
    <message>
        <source>This model file is in the big-endian format, which Tramontane cannot use; download the ordinary (little-endian) version.</source>
        <translation>Este archivo de modelo está en formato big-endian, que Tramontane no puede usar; descargue la versión normal (little-endian).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Tramontane cannot read (it reads versions 2 and 3).</source>
        <translation>Este archivo de modelo usa la versión {version} de GGUF, que Tramontane no puede leer (lee las versiones 2 y 3).</translation>
    </message>
    <message>
        <source>This model file uses a tensor format (number {number}) that this version of Tramontane does not know.</source>
        <translation>Este archivo de modelo usa un formato de tensor (número {number}) que esta versión de Tramontane no conoce.</translation>
    </message>
    <message>
        <source>This model is split into {count} files but its name does not say which part it is, so its other parts cannot be found.</source>
        <translation>Este modelo está dividido en {count} archivos, pero su nombre no indica qué parte es, así que no se encuentran las demás partes.</translation>
    </message>
    <message>
        <source>Part {number} of {count} of this model is missing.</source>
        <translation>Falta la parte {number} de {count} de este modelo.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached ({reason}).</source>
        <translation>No se puede conectar con el servidor {server} ({reason}).</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: nothing answers at its address. It may be stopped.</source>
        <translation>No se puede conectar con el servidor {server}: nada responde en su dirección. Puede que esté detenido.</translation>
    </message>
    <message>
        <source>The server {server} could not be reached: the name {host} is not known on this network.</source>
        <translation>No se puede conectar con el servidor {server}: el nombre {host} no se conoce en esta red.</translation>
    </message>
    <message>
        <source>The server {server} did not answer in time.</source>
        <translation>El servidor {server} no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Company servers are turned off in Settings → Privacy, so nothing was sent to {server}.</source>
        <translation>Los servidores de la empresa están desactivados en Ajustes → Privacidad, así que no se ha enviado nada a {server}.</translation>
    </message>
    <message>
        <source>The server {server} refused the access key, or needs one. Check the key in Settings → Servers.</source>
        <translation>El servidor {server} ha rechazado la clave de acceso, o necesita una. Compruebe la clave en Ajustes → Servidores.</translation>
    </message>
    <message>
        <source>The server {server} no longer offers the model “{model}”.</source>
        <translation>El servidor {server} ya no ofrece el modelo «{model}».</translation>
    </message>
    <message>
        <source>No model of the server {server} is chosen.</source>
        <translation>No se ha elegido ningún modelo del servidor {server}.</translation>
    </message>
    <message>
        <source>The company server this conversation used ({server}) is no longer set up in Tramontane.</source>
        <translation>El servidor de la empresa que usaba esta conversación ({server}) ya no está configurado en Tramontane.</translation>
    </message>
    <message>
        <source>Nothing was sent to {server}: choose one of its models in the list first, and agree to send your conversation there.</source>
        <translation>No se ha enviado nada a {server}: elija antes uno de sus modelos de la lista y acepte enviar allí su conversación.</translation>
    </message>
    <message>
        <source>There is no OpenAI-compatible API at {address} (the server {server} answered “not found”). Check the address; it usually ends in /v1.</source>
        <translation>No hay ninguna API compatible con OpenAI en {address} (el servidor {server} respondió «no encontrado»). Compruebe la dirección; suele terminar en /v1.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in {seconds} seconds.</source>
        <translation>El servidor {server} tiene demasiadas peticiones ahora mismo. Vuelva a intentarlo dentro de {seconds} segundos.</translation>
    </message>
    <message>
        <source>The server {server} has too many requests just now. Try again in a moment.</source>
        <translation>El servidor {server} tiene demasiadas peticiones ahora mismo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {server}. Start a new conversation, or send a shorter message.</source>
        <translation>La conversación es demasiado larga para el modelo de {server}. Empiece una conversación nueva o envíe un mensaje más corto.</translation>
    </message>
    <message>
        <source>The server {server} failed (error {status}): {detail}</source>
        <translation>El servidor {server} ha fallado (error {status}): {detail}</translation>
    </message>
    <message>
        <source>The server {server} did not accept the request (error {status}): {detail}</source>
        <translation>El servidor {server} no ha aceptado la petición (error {status}): {detail}</translation>
    </message>
    <message>
        <source>The connection to the server {server} broke off during the reply. The text so far is kept.</source>
        <translation>La conexión con el servidor {server} se cortó durante la respuesta. Se conserva el texto recibido hasta entonces.</translation>
    </message>
    <message>
        <source>The server {server} answered with something that is not an OpenAI-compatible reply.</source>
        <translation>El servidor {server} ha respondido con algo que no es una respuesta compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The certificate of {server} has expired or is not valid yet. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>El certificado de {server} ha caducado o aún no es válido. Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>{server} presents a self-signed certificate, which this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>{server} presenta un certificado autofirmado, en el que este ordenador no confía. Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>The certificate of {server} comes from an authority this computer does not trust. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>El certificado de {server} procede de una autoridad en la que este ordenador no confía. Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>The certificate of {server} is made out for another name than {host}. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>El certificado de {server} está emitido para otro nombre distinto de {host}. Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>The certificate of {server} has been revoked. Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>El certificado de {server} ha sido revocado. Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({detail}). Tramontane does not connect to a server it cannot verify; ask whoever runs it.</source>
        <translation>El certificado de {server} no es de confianza ({detail}). Tramontane no se conecta a un servidor que no puede verificar; consulte a quien lo administra.</translation>
    </message>
    <message>
        <source>No secure connection to {server} could be made ({detail}). Check whether its address starts with https:// or http://.</source>
        <translation>No se pudo establecer una conexión segura con {server} ({detail}). Compruebe si su dirección empieza por https:// o por http://.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The model crashed the runtime while loading ({detail}). The file may be damaged or not supported by this version.</source>
        <translation>El modelo bloqueó el motor durante la carga ({detail}). Puede que el archivo esté dañado o que esta versión no lo admita.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly ({detail}). Load it again to go on; your conversation is safe.</source>
        <translation>El modelo se detuvo de forma inesperada ({detail}). Vuelva a cargarlo para continuar; su conversación está a salvo.</translation>
    </message>
    <message>
        <source>The engine failed unexpectedly: {detail}</source>
        <translation>El motor ha fallado de forma inesperada: {detail}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>No backend runs models of the kind {kind}.</source>
        <translation>Ningún motor ejecuta modelos del tipo {kind}.</translation>
    </message>
    <message>
        <source>This model cannot count tokens.</source>
        <translation>Este modelo no puede contar tokens.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>La carga se ha cancelado.</translation>
    </message>
    <message>
        <source>This model&apos;s kind ({architecture}) is not supported by this version of Tramontane. An update may support it.</source>
        <translation>Esta versión de Tramontane no admite el tipo de este modelo ({architecture}). Puede que una actualización lo admita.</translation>
    </message>
    <message>
        <source>This model could not be loaded. It may be damaged, made for a newer version of Tramontane, or need more memory than is free.</source>
        <translation>No se pudo cargar este modelo. Puede que esté dañado, que sea para una versión más reciente de Tramontane o que necesite más memoria de la que hay libre.</translation>
    </message>
    <message>
        <source>The model ran out of memory for this conversation. Start a new one.</source>
        <translation>El modelo se ha quedado sin memoria para esta conversación. Empiece una nueva.</translation>
    </message>
    <message>
        <source>The model ran out of memory while the conversation grew.</source>
        <translation>El modelo se ha quedado sin memoria mientras la conversación crecía.</translation>
    </message>
    <message>
        <source>The model&apos;s memory could not be copied.</source>
        <translation>No se pudo copiar la memoria del modelo.</translation>
    </message>
    <message>
        <source>The model could not read this conversation (llama.cpp error {code}). Try a shorter conversation or a new one.</source>
        <translation>El modelo no pudo leer esta conversación (error de llama.cpp {code}). Pruebe con una conversación más corta o con una nueva.</translation>
    </message>
    <message>
        <source>The model stopped with an internal error while writing.</source>
        <translation>El modelo se detuvo por un error interno mientras escribía.</translation>
    </message>
    <message>
        <source>This message is too long for the model: it needs {needed} tokens and the model can read {limit}. Shorten it or raise the context length.</source>
        <translation>Este mensaje es demasiado largo para el modelo: necesita {needed} tokens y el modelo puede leer {limit}. Acórtelo o aumente la longitud del contexto.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template failed on this conversation: {detail}</source>
        <translation>La plantilla de chat de este modelo ha fallado con esta conversación: {detail}</translation>
    </message>
    <message>
        <source>The model for searching documents could not be loaded; it may be damaged.</source>
        <translation>No se pudo cargar el modelo para buscar en los documentos; puede que esté dañado.</translation>
    </message>
    <message>
        <source>There is not enough memory for the model that searches documents.</source>
        <translation>No hay memoria suficiente para el modelo que busca en los documentos.</translation>
    </message>
    <message>
        <source>The model that searches documents could not read a passage.</source>
        <translation>El modelo que busca en los documentos no pudo leer un fragmento.</translation>
    </message>
    <message>
        <source>This model cannot make embeddings for searching documents.</source>
        <translation>Este modelo no puede generar embeddings para buscar en los documentos.</translation>
    </message>
    <message>
        <source>The graphics driver failed while loading this model; it runs on the processor instead.</source>
        <translation>El controlador gráfico falló al cargar este modelo; funciona en el procesador en su lugar.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; it runs on the processor.</source>
        <translation>La tarjeta gráfica no tenía memoria suficiente para este modelo; funciona en el procesador.</translation>
    </message>
    <message>
        <source>The graphics card did not have enough memory for this model; part of it runs on the processor.</source>
        <translation>La tarjeta gráfica no tenía memoria suficiente para este modelo; una parte funciona en el procesador.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({why}), so a plain template is used instead; its replies may be less good.</source>
        <translation>No se pudo usar la plantilla de chat de este modelo ({why}), así que se usa una plantilla sencilla; puede que sus respuestas sean peores.</translation>
    </message>
    <message>
        <source>Tramontane is set to work offline only; downloads are turned off in Settings.</source>
        <translation>Tramontane está configurado para trabajar solo sin conexión; las descargas están desactivadas en Ajustes.</translation>
    </message>
    <message>
        <source>Tramontane is working offline, so the hub was not contacted.</source>
        <translation>Tramontane está trabajando sin conexión, así que no se ha contactado con el hub.</translation>
    </message>
    <message>
        <source>{repo} is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>{repo} tiene acceso restringido: sus autores le piden que acepte sus condiciones en la web del hub y que después dé a Tramontane un token de acceso.</translation>
    </message>
    <message>
        <source>This model is gated: its makers ask you to accept their terms on the hub&apos;s website, then to give Tramontane an access token.</source>
        <translation>Este modelo tiene acceso restringido: sus autores le piden que acepte sus condiciones en la web del hub y que después dé a Tramontane un token de acceso.</translation>
    </message>
    <message>
        <source>{repo} was not found, or it is private and needs an access token.</source>
        <translation>No se encuentra {repo}, o es privado y necesita un token de acceso.</translation>
    </message>
    <message>
        <source>This model was not found, or it is private and needs an access token.</source>
        <translation>No se encuentra este modelo, o es privado y necesita un token de acceso.</translation>
    </message>
    <message>
        <source>{repo} was not found on the hub.</source>
        <translation>No se encuentra {repo} en el hub.</translation>
    </message>
    <message>
        <source>This model was not found on the hub.</source>
        <translation>No se encuentra este modelo en el hub.</translation>
    </message>
    <message>
        <source>The file was not found on the hub.</source>
        <translation>No se encuentra el archivo en el hub.</translation>
    </message>
    <message>
        <source>This version of {repo} is no longer on the hub.</source>
        <translation>Esta versión de {repo} ya no está en el hub.</translation>
    </message>
    <message>
        <source>This version of the model is no longer on the hub.</source>
        <translation>Esta versión del modelo ya no está en el hub.</translation>
    </message>
    <message>
        <source>The file is no longer on the hub (it may have been renamed or removed).</source>
        <translation>El archivo ya no está en el hub (puede que se haya renombrado o eliminado).</translation>
    </message>
    <message>
        <source>The hub refused access to {repo}; an access token with read permission is needed.</source>
        <translation>El hub ha denegado el acceso a {repo}; hace falta un token de acceso con permiso de lectura.</translation>
    </message>
    <message>
        <source>The hub refused access; an access token with read permission is needed.</source>
        <translation>El hub ha denegado el acceso; hace falta un token de acceso con permiso de lectura.</translation>
    </message>
    <message>
        <source>The hub is receiving too many requests; try again in a few minutes.</source>
        <translation>El hub está recibiendo demasiadas peticiones; vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The hub is having trouble (error {status}); try again later.</source>
        <translation>El hub tiene problemas (error {status}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The hub answered with error {status}.</source>
        <translation>El hub ha respondido con el error {status}.</translation>
    </message>
    <message>
        <source>The model hub did not answer in time; check the connection and try again.</source>
        <translation>El hub de modelos no ha respondido a tiempo; compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The model hub could not be reached; check the internet connection.</source>
        <translation>No se puede conectar con el hub de modelos; compruebe la conexión a Internet.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off; try again.</source>
        <translation>La conexión con el hub se ha cortado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacked the details needed to check the file; try again later.</source>
        <translation>A la respuesta del hub le faltaban los datos necesarios para comprobar el archivo; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The hub could not be used ({detail}).</source>
        <translation>No se pudo usar el hub ({detail}).</translation>
    </message>
    <message>
        <source>The file on the hub is not the one Tramontane&apos;s catalog describes (its checksum differs), so {title} was not downloaded.</source>
        <translation>El archivo del hub no es el que describe el catálogo de Tramontane (su suma de comprobación es distinta), así que {title} no se ha descargado.</translation>
    </message>
    <message>
        <source>The hub does not publish a checksum for this file, so Tramontane cannot check it and did not download it.</source>
        <translation>El hub no publica una suma de comprobación para este archivo, así que Tramontane no puede comprobarlo y no lo ha descargado.</translation>
    </message>
    <message>
        <source>There is not enough free disk space: {title} needs {needed} more and the disk has {free} free.</source>
        <translation>No hay suficiente espacio libre en el disco: {title} necesita {needed} más y el disco tiene {free} libres.</translation>
    </message>
    <message>
        <source>The downloaded file for {title} did not match its published checksum, so it was deleted. Try again; if it happens again, the file on the hub may be damaged.</source>
        <translation>El archivo descargado de {title} no coincidía con su suma de comprobación publicada, así que se ha eliminado. Vuelva a intentarlo; si se repite, puede que el archivo del hub esté dañado.</translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model ({reason}); it was deleted.</source>
        <translation>El archivo descargado no es un modelo utilizable ({reason}); se ha eliminado.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder; the download is kept until that one is removed.</source>
        <translation>Ya hay un modelo con estos nombres de archivo en su carpeta de modelos; la descarga se conserva hasta que se quite ese.</translation>
    </message>
    <message>
        <source>The disk is full. The part downloaded so far is kept: free some space, then press Resume.</source>
        <translation>El disco está lleno. Se conserva la parte descargada hasta ahora: libere espacio y después pulse Reanudar.</translation>
    </message>
    <message>
        <source>The download ended early; the part downloaded so far is kept. Press Resume to go on.</source>
        <translation>La descarga terminó antes de tiempo; se conserva la parte descargada hasta ahora. Pulse Reanudar para continuar.</translation>
    </message>
    <message>
        <source>The download could not be saved ({reason}); the part downloaded so far is kept.</source>
        <translation>No se pudo guardar la descarga ({reason}); se conserva la parte descargada hasta ahora.</translation>
    </message>
    <message>
        <source>{reason} The part downloaded so far is kept.</source>
        <translation>{reason} Se conserva la parte descargada hasta ahora.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off. The part downloaded so far is kept: press Resume to go on.</source>
        <translation>La conexión con el hub se ha cortado. Se conserva la parte descargada hasta ahora: pulse Reanudar para continuar.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>La descarga se ha detenido.</translation>
    </message>
    <message>
        <source>The hub offered a file without a usable name, so it was refused.</source>
        <translation>El hub ofrecía un archivo sin un nombre utilizable, así que se ha rechazado.</translation>
    </message>
    <message>
        <source>The hub offered a file with an unsafe name ({name}), so it was refused.</source>
        <translation>El hub ofrecía un archivo con un nombre peligroso ({name}), así que se ha rechazado.</translation>
    </message>
    <message>
        <source>The file {name} is not a GGUF model file, so it was refused.</source>
        <translation>El archivo {name} no es un archivo de modelo GGUF, así que se ha rechazado.</translation>
    </message>
    <message>
        <source>{name} is not a valid model repository name.</source>
        <translation>{name} no es un nombre válido de repositorio de modelos.</translation>
    </message>
    <message>
        <source>The download names no file.</source>
        <translation>La descarga no indica ningún archivo.</translation>
    </message>
    <message>
        <source>The model catalog has a damaged entry ({detail}).</source>
        <translation>El catálogo de modelos tiene una entrada dañada ({detail}).</translation>
    </message>
    <message>
        <source>The model catalog&apos;s checksum for {name} is not a SHA-256.</source>
        <translation>La suma de comprobación del catálogo de modelos para {name} no es un SHA-256.</translation>
    </message>
    <message>
        <source>The model catalog&apos;s size for {name} is not a number of bytes.</source>
        <translation>El tamaño que indica el catálogo de modelos para {name} no es un número de bytes.</translation>
    </message>
    <message>
        <source>The model catalog could not be found; reinstalling Tramontane restores it.</source>
        <translation>No se encuentra el catálogo de modelos; reinstalar Tramontane lo restaura.</translation>
    </message>
    <message>
        <source>The model catalog is damaged; reinstalling Tramontane restores it.</source>
        <translation>El catálogo de modelos está dañado; reinstalar Tramontane lo restaura.</translation>
    </message>
    <message>
        <source>The model catalog is from another version of Tramontane.</source>
        <translation>El catálogo de modelos es de otra versión de Tramontane.</translation>
    </message>
    <message>
        <source>The model catalog lists a model twice.</source>
        <translation>El catálogo de modelos incluye un modelo dos veces.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be found.</source>
        <translation>No se encuentra {name}.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to copy this model: it needs {needed} and the disk has {free} free.</source>
        <translation>No hay suficiente espacio libre en el disco para copiar este modelo: necesita {needed} y el disco tiene {free} libres.</translation>
    </message>
    <message>
        <source>A model with these file names is already in your models folder.</source>
        <translation>Ya hay un modelo con estos nombres de archivo en su carpeta de modelos.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model; nothing was added.</source>
        <translation>El disco se llenó mientras se copiaba el modelo; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation>No se pudo copiar el modelo ({reason}); no se ha añadido nada.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>La copia se ha cancelado.</translation>
    </message>
    <message>
        <source>{name} is in a folder Tramontane does not manage, so it was not deleted.</source>
        <translation>{name} está en una carpeta que Tramontane no gestiona, así que no se ha eliminado.</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}).</source>
        <translation>No se pudo eliminar {name} ({reason}).</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so the last change could not be saved. Free some space and try again; everything saved before is safe.</source>
        <translation>El disco que contiene {folder} está lleno, así que no se pudo guardar el último cambio. Libere espacio y vuelva a intentarlo; todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>Tramontane cannot write to the folder {folder}. Check that it is not read-only and that your account may change it, or choose another data folder.</source>
        <translation>Tramontane no puede escribir en la carpeta {folder}. Compruebe que no es de solo lectura y que su cuenta puede modificarla, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Tramontane is already open with the same conversations ({folder}). Switch to that window, or close it and try again.</source>
        <translation>Tramontane ya está abierto con las mismas conversaciones ({folder}). Cambie a esa ventana, o ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The conversations database is busy in another program. Close other copies of Tramontane and try again.</source>
        <translation>La base de datos de las conversaciones está ocupada por otro programa. Cierre las demás copias de Tramontane y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The conversations file {path} is damaged and cannot be read. Restore it from a backup in the backups folder next to it.</source>
        <translation>El archivo de conversaciones {path} está dañado y no se puede leer. Restáurelo a partir de una copia de seguridad de la carpeta backups que está a su lado.</translation>
    </message>
    <message>
        <source>The conversations could not be read or saved ({detail}).</source>
        <translation>No se pudieron leer o guardar las conversaciones ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}.</source>
        <translation>No se puede usar la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Tramontane conversations file, so it was left untouched. Move it away to start with an empty history.</source>
        <translation>{path} no es un archivo de conversaciones de Tramontane, así que no se ha tocado. Muévalo a otro sitio para empezar con un historial vacío.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the system keychain does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Las conversaciones de {path} no se pueden desbloquear: la clave del llavero del sistema no coincide. Si la carpeta de datos viene de otro ordenador, su clave no ha venido con ella. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The conversations in {path} cannot be unlocked: the key in the key file next to it does not match. If the data folder came from another computer, its key did not come with it. Nothing was changed.</source>
        <translation>Las conversaciones de {path} no se pueden desbloquear: la clave del archivo de clave que está a su lado no coincide. Si la carpeta de datos viene de otro ordenador, su clave no ha venido con ella. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The conversations in {path} were saved by a newer version of Tramontane. Install that version again to open them; nothing was changed.</source>
        <translation>Las conversaciones de {path} se guardaron con una versión más reciente de Tramontane. Vuelva a instalar esa versión para abrirlas; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key for your conversations in the system keychain is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>La clave de sus conversaciones en el llavero del sistema está dañada, así que no se pueden abrir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key for your conversations in {path} is damaged, so they cannot be opened. Nothing was changed.</source>
        <translation>La clave de sus conversaciones en {path} está dañada, así que no se pueden abrir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key for the conversations in {folder} is missing from the system keychain and from the data folder, so they cannot be opened. Nothing was changed.</source>
        <translation>La clave de las conversaciones de {folder} no está ni en el llavero del sistema ni en la carpeta de datos, así que no se pueden abrir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused to keep the key that protects your conversations.</source>
        <translation>El llavero del sistema está bloqueado o se ha negado a guardar la clave que protege sus conversaciones.</translation>
    </message>
    <message>
        <source>The key for your conversations could not be read from the system keychain. Unlock the keychain (or log in to the desktop session) and try again.</source>
        <translation>No se pudo leer la clave de sus conversaciones del llavero del sistema. Desbloquee el llavero (o inicie sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Esa conversación ya no existe.</translation>
    </message>
    <message>
        <source>The message to answer no longer exists in this conversation.</source>
        <translation>El mensaje al que responder ya no existe en esta conversación.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Ese mensaje ya no existe.</translation>
    </message>
    <message>
        <source>That reply is finished; no more text can be added to it.</source>
        <translation>Esa respuesta ha terminado; ya no se le puede añadir texto.</translation>
    </message>
    <message>
        <source>That reply is already finished.</source>
        <translation>Esa respuesta ya ha terminado.</translation>
    </message>
    <message>
        <source>The conversations are closed.</source>
        <translation>Las conversaciones están cerradas.</translation>
    </message>
    <message>
        <source>This file is not a Tramontane export (JSON), so nothing was imported.</source>
        <translation>Este archivo no es una exportación de Tramontane (JSON), así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Tramontane; update the app to import it. Nothing was imported.</source>
        <translation>Esta exportación procede de una versión más reciente de Tramontane; actualice la aplicación para importarla. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file is not a ChatGPT export: choose conversations.json from the unpacked export archive. Nothing was imported.</source>
        <translation>Este archivo no es una exportación de ChatGPT: elija conversations.json del archivo de exportación descomprimido. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file is too large to import ({size}; at most {limit}), so nothing was imported. Split it, or import the conversations a few at a time.</source>
        <translation>Este archivo es demasiado grande para importarlo ({size}; como máximo {limit}), así que no se ha importado nada. Divídalo o importe las conversaciones unas pocas cada vez.</translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete ({detail}), so nothing was imported.</source>
        <translation>Este archivo de exportación está dañado o incompleto ({detail}), así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with: no other model here fits in this computer&apos;s free memory.</source>
        <translation>Tramontane usa {name}, el modelo pequeño que trae incluido: ningún otro modelo de aquí cabe en la memoria libre de este ordenador.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the small model it comes with. The Models pane has more capable ones.</source>
        <translation>Tramontane usa {name}, el modelo pequeño que trae incluido. El panel Modelos ofrece otros más capaces.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the model found on this computer.</source>
        <translation>Tramontane usa {name}, el modelo encontrado en este ordenador.</translation>
    </message>
    <message>
        <source>Tramontane uses {name}, the most capable of the {count} models found here that fits in this computer&apos;s memory.</source>
        <translation>Tramontane usa {name}, el más capaz de los {count} modelos encontrados aquí que cabe en la memoria de este ordenador.</translation>
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
        <source>The language of Tramontane&apos;s menus and messages. Models answer in the language you write to them.</source>
        <translation>El idioma de los menús y mensajes de Tramontane. Los modelos responden en el idioma en que usted les escriba.</translation>
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
        <source>Light or dark colours. “Follow the system” changes along with your computer&apos;s setting.</source>
        <translation>Colores claros u oscuros. «Como el sistema» cambia junto con el ajuste de su ordenador.</translation>
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
        <source>%1 free of %2</source>
        <translation>%1 libres de %2</translation>
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

Chat de IA privado en su propio ordenador. Los modelos funcionan aquí, sus conversaciones se guardan cifradas y nada sale a Internet, salvo que descargue un modelo.

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
        <translation>Busque y después elija un repositorio para ver sus archivos de modelo.</translation>
    </message>
    <message>
        <source>Searching sends your search words to the model hub (huggingface.co). Nothing else leaves this computer.</source>
        <translation>Al buscar, sus palabras se envían al hub de modelos (huggingface.co). Nada más sale de este ordenador.</translation>
    </message>
    <message>
        <source>Searching and downloading are turned off because Tramontane is set to work offline only (Settings).</source>
        <translation>La búsqueda y las descargas están desactivadas porque Tramontane está configurado para trabajar solo sin conexión (Ajustes).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF models, most downloaded first.</source>
        <translation>
            <numerusform>%n repositorio con modelos GGUF, los más descargados primero.</numerusform>
            <numerusform>%n repositorios con modelos GGUF, los más descargados primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloads last month</source>
        <translation>
            <numerusform>%Ln descarga el mes pasado</numerusform>
            <numerusform>%Ln descargas el mes pasado</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found; try fewer or other words.</source>
        <translation>No se encontró nada; pruebe con menos palabras u otras.</translation>
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
        <source>Gated: its makers ask you to accept their terms on the hub&apos;s website; Tramontane will then ask for your access token.</source>
        <translation>Acceso restringido: sus autores le piden que acepte sus condiciones en la web del hub; después Tramontane le pedirá su token de acceso.</translation>
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
    <name>KeychainPrompt</name>
    <message>
        <source>Tramontane keeps the key that protects your conversations in your system&apos;s keychain, but the keychain is locked or refused to keep it.

Unlock the keychain (or log in to your desktop session), then try again.

Or keep the key in a file in Tramontane&apos;s data folder instead. Then anyone who can read that folder can read your conversations: another program you run, someone using your account, or anyone with a copy of this disk or its backups.</source>
        <translation>Tramontane guarda la clave que protege sus conversaciones en el llavero de su sistema, pero el llavero está bloqueado o se ha negado a guardarla.

Desbloquee el llavero (o inicie su sesión de escritorio) y vuelva a intentarlo.

O bien guarde la clave en un archivo de la carpeta de datos de Tramontane. Entonces cualquiera que pueda leer esa carpeta podrá leer sus conversaciones: otro programa que usted ejecute, alguien que use su cuenta o cualquiera con una copia de este disco o de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Tramontane could not read the key to your conversations from your system&apos;s keychain. Unlock the keychain (or log in to your desktop session), then try again.</source>
        <translation>Tramontane no pudo leer la clave de sus conversaciones del llavero de su sistema. Desbloquee el llavero (o inicie su sesión de escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Guardar la clave en un archivo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>You can start with no conversations instead. The ones that cannot be opened are moved, unchanged, into a new folder in %1, so that nothing is lost if their key turns up again.</source>
        <translation>Puede empezar sin conversaciones. Las que no se pueden abrir se mueven, sin cambios, a una carpeta nueva dentro de %1, para que no se pierda nada si su clave vuelve a aparecer.</translation>
    </message>
    <message>
        <source>Start with no conversations</source>
        <translation>Empezar sin conversaciones</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The model folders could not be read.</source>
        <translation>No se pudieron leer las carpetas de modelos.</translation>
    </message>
    <message>
        <source>{0} is now the model new conversations start with.</source>
        <translation>{0} es ahora el modelo con el que empiezan las conversaciones nuevas.</translation>
    </message>
    <message>
        <source>{0} is loading for this conversation.</source>
        <translation>{0} se está cargando para esta conversación.</translation>
    </message>
    <message>
        <source>{0} is ready in this conversation.</source>
        <translation>{0} está listo en esta conversación.</translation>
    </message>
    <message>
        <source>{0} could not be loaded; the chat pane says why.</source>
        <translation>No se pudo cargar {0}; el panel de chat explica por qué.</translation>
    </message>
    <message>
        <source>Another model is being copied; wait until it is done.</source>
        <translation>Se está copiando otro modelo; espere a que termine.</translation>
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
        <translation>Modelos de este ordenador. Suelte aquí un archivo .gguf para añadirlo.</translation>
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
        <source>Show the selected model&apos;s file in its folder</source>
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
        <translation>Aún no hay modelos. Descargue uno del catálogo o añada un archivo .gguf.</translation>
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
        <source>; {0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <source> in {0} files</source>
        <translation> en {0} archivos</translation>
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
        <translation>Se usa donde está, fuera de su carpeta de modelos.</translation>
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
        <source>Tramontane is set to work offline. Opening this link makes your browser contact %1. Open it anyway?</source>
        <translation>Tramontane está configurado para trabajar sin conexión. Abrir este enlace hace que su navegador contacte con %1. ¿Abrirlo de todos modos?</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>¿Abrir este enlace en su navegador?</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir el enlace</translation>
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
        <translation>Su mensaje</translation>
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
        <translation>Leyendo su mensaje… %1 %</translation>
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
        <translation>Editar su pregunta</translation>
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
    <name>ModelPicker</name>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Servidor de la empresa: %1</translation>
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
        <translation>¿Copiar {0} en su carpeta de modelos o usarlo donde está?</translation>
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
        <translation>{0} se ha añadido a sus modelos.</translation>
    </message>
    <message>
        <source>One model is added at a time; drop the others afterwards.</source>
        <translation>Los modelos se añaden de uno en uno; suelte los demás después.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the token in, so it was not saved.</source>
        <translation>Este ordenador no tiene un llavero donde guardar el token, así que no se ha guardado.</translation>
    </message>
    <message>
        <source>The model library could not be started (%1). Your conversations and the model in use are not affected. Restart Tramontane; if this happens again, Help → Diagnostics has the details for your help desk.</source>
        <translation>No se pudo iniciar la biblioteca de modelos (%1). Sus conversaciones y el modelo en uso no se ven afectados. Reinicie Tramontane; si vuelve a ocurrir, Ayuda → Diagnóstico tiene los detalles para su soporte técnico.</translation>
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
        <translation>Pegue su token de acceso del hub de modelos:</translation>
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
        <source>Every conversation will be deleted from this computer, and its words removed from the search index. This cannot be undone.</source>
        <translation>Se eliminarán todas las conversaciones de este ordenador y sus palabras se quitarán del índice de búsqueda. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move), your settings and your models.</source>
        <translation>No se eliminan: los archivos que haya exportado, las copias de su carpeta de datos hechas fuera de Tramontane (copias de seguridad de este ordenador, una carpeta de datos antigua conservada tras un traslado), sus ajustes y sus modelos.</translation>
    </message>
    <message>
        <source>Delete all conversations</source>
        <translation>Eliminar todas las conversaciones</translation>
    </message>
    <message>
        <source>Delete all app data</source>
        <translation>Eliminar todos los datos de la aplicación</translation>
    </message>
    <message>
        <source>Tramontane also kept copies of your conversations from before its updates (%1 in the backups folder). They hold your conversations as they were then.</source>
        <translation>Tramontane también guardó copias de sus conversaciones de antes de sus actualizaciones (%1 en la carpeta backups). Contienen sus conversaciones tal como eran entonces.</translation>
    </message>
    <message>
        <source>Delete these copies too</source>
        <translation>Eliminar también estas copias</translation>
    </message>
    <message>
        <source>Your conversations (with the copies taken before updates), settings, downloaded models, logs and saved token will be deleted, and Tramontane will close. This cannot be undone.</source>
        <translation>Se eliminarán sus conversaciones (con las copias hechas antes de las actualizaciones), ajustes, modelos descargados, registros y el token guardado, y Tramontane se cerrará. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted: files you exported, models in your own folders, and copies of your data folder made outside Tramontane (backups of this computer, an old data folder kept after a move).</source>
        <translation>No se eliminan: los archivos que haya exportado, los modelos de sus propias carpetas y las copias de su carpeta de datos hechas fuera de Tramontane (copias de seguridad de este ordenador, una carpeta de datos antigua conservada tras un traslado).</translation>
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
        <translation>Sus conversaciones</translation>
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
        <source>Not even company servers</source>
        <translation>Ni siquiera los servidores de la empresa</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Servidores de la empresa</translation>
    </message>
    <message>
        <source>With offline mode on, conversations set to a company server still reach it. Tick this and nothing at all leaves this computer.</source>
        <translation>Con el modo sin conexión activado, las conversaciones configuradas para un servidor de la empresa siguen llegando a él. Marque esta casilla para que no salga nada de este ordenador.</translation>
    </message>
    <message>
        <source>Only some models on the hub need an account. The token is kept in your system&apos;s keychain, never in a file.</source>
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
        <source>In your system&apos;s keychain.</source>
        <translation>En el llavero del sistema.</translation>
    </message>
    <message>
        <source>In a key file in the data folder: this computer has no keychain, or it refused to keep the key and you chose the file.</source>
        <translation>En un archivo de clave de la carpeta de datos: este ordenador no tiene llavero, o este se negó a guardar la clave y usted eligió el archivo.</translation>
    </message>
    <message>
        <source>Deletes every conversation and its words in the search index. Settings and models stay.</source>
        <translation>Elimina todas las conversaciones y sus palabras del índice de búsqueda. Los ajustes y los modelos se conservan.</translation>
    </message>
    <message>
        <source>Downloads are off because your organisation&apos;s policy file could not be fully understood: %1</source>
        <translation>Las descargas están desactivadas porque el archivo de directivas de su organización no se pudo entender por completo: %1</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clave de cifrado</translation>
    </message>
    <message>
        <source>Your conversations are stored encrypted; this key opens them.</source>
        <translation>Sus conversaciones se guardan cifradas; esta clave las abre.</translation>
    </message>
    <message>
        <source>Anyone who can read your data folder can read your conversations. Keep that folder private, or use a computer with a keychain.</source>
        <translation>Cualquiera que pueda leer su carpeta de datos puede leer sus conversaciones. Mantenga esa carpeta privada o use un ordenador con llavero.</translation>
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
        <source>Delete all app data…</source>
        <translation>Eliminar todos los datos de la aplicación…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Deletes conversations, settings, downloaded models and logs, then closes Tramontane. Models in your own folders stay.</source>
        <translation>Elimina conversaciones, ajustes, modelos descargados y registros, y después cierra Tramontane. Los modelos de sus propias carpetas se quedan.</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
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
<context>
    <name>ServerPrompts</name>
    <message>
        <source>Use the company server “%1”?</source>
        <translation>¿Usar el servidor de la empresa «%1»?</translation>
    </message>
    <message>
        <source>A conversation that runs on %1 is sent to it each time you write: your message, the conversation&apos;s earlier messages and its instructions. Whoever runs the server (%2) can read them. Your other conversations, your files and your models stay on this computer.</source>
        <translation>Una conversación que funciona en %1 se le envía cada vez que usted escribe: su mensaje, los mensajes anteriores de la conversación y sus instrucciones. Quien administra el servidor (%2) puede leerlos. Sus demás conversaciones, sus archivos y sus modelos se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>This server&apos;s address starts with http://, so the text travels unencrypted on the network.</source>
        <translation>La dirección de este servidor empieza por http://, así que el texto viaja sin cifrar por la red.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Company server</source>
        <translation>Servidor de la empresa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move this conversation to the company server “%1”?</source>
        <translation>¿Trasladar esta conversación al servidor de la empresa «%1»?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be sent to %2 with your next message, and with every message after.</source>
        <translation>Su historial (%1 y sus instrucciones) se enviará a %2 con su próximo mensaje y con cada uno de los siguientes.</translation>
    </message>
    <message>
        <source>Move and send to %1</source>
        <translation>Trasladar y enviar a %1</translation>
    </message>
    <message>
        <source>Move this conversation to this computer?</source>
        <translation>¿Trasladar esta conversación a este ordenador?</translation>
    </message>
    <message>
        <source>Its history (%1 and its instructions) will be read by the model on this computer. Nothing more is sent to %2.</source>
        <translation>Su historial (%1 y sus instrucciones) lo leerá el modelo de este ordenador. Ya no se envía nada a %2.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Trasladar a este ordenador</translation>
    </message>
    <message>
        <source>Move conversation</source>
        <translation>Trasladar la conversación</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Key for the local API</source>
        <translation>Clave de la API local</translation>
    </message>
    <message>
        <source>Programs that use the local API send this key. Copy it now: it is not shown again (you can make a new one).</source>
        <translation>Los programas que usan la API local envían esta clave. Cópiela ahora: no se volverá a mostrar (puede crear una nueva).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the key lasts until Tramontane closes.</source>
        <translation>Este ordenador no tiene llavero, así que la clave dura hasta que se cierre Tramontane.</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <translation>configurado por su organización</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>añadido por usted</translation>
    </message>
    <message>
        <source>key saved</source>
        <translation>clave guardada</translation>
    </message>
    <message>
        <source>shared key</source>
        <translation>clave compartida</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>No company servers yet. Your IT department can set them up, or add one with “Add a server…”.</source>
        <translation>Todavía no hay servidores de la empresa. Su departamento de informática puede configurarlos, o añada uno con «Añadir un servidor…».</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>The access key for %1 (empty removes it):</source>
        <translation>La clave de acceso para %1 (vacía la quita):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Company servers</source>
        <translation>Servidores de la empresa</translation>
    </message>
    <message>
        <source>A conversation set to a company server is sent to it each time you write; everything else stays on this computer. Keys are kept in your system&apos;s keychain.</source>
        <translation>Una conversación configurada para un servidor de la empresa se le envía cada vez que usted escribe; todo lo demás se queda en este ordenador. Las claves se guardan en el llavero de su sistema.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <source>Access key…</source>
        <translation>Clave de acceso…</translation>
    </message>
    <message>
        <source>List models again</source>
        <translation>Volver a listar los modelos</translation>
    </message>
    <message>
        <source>Local API for other programs</source>
        <translation>API local para otros programas</translation>
    </message>
    <message>
        <source>Let other programs use the model on this computer</source>
        <translation>Permitir que otros programas usen el modelo de este ordenador</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>An OpenAI-compatible API, so other programs use the local model instead of a cloud service. They need its key. Their requests are not kept as conversations.</source>
        <translation>Una API compatible con OpenAI, para que otros programas usen el modelo local en lugar de un servicio en la nube. Necesitan su clave. Sus peticiones no se guardan como conversaciones.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Programs connect to this port.</source>
        <translation>Los programas se conectan a este puerto.</translation>
    </message>
    <message>
        <source>Accept connections from other computers</source>
        <translation>Aceptar conexiones de otros ordenadores</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect. On: anyone on your network who has the key.</source>
        <translation>Desactivado: solo pueden conectarse los programas de este ordenador. Activado: cualquiera de su red que tenga la clave.</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nueva clave…</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Where programs send their requests. They need the key, which is shown once when it is made.</source>
        <translation>Adonde los programas envían sus peticiones. Necesitan la clave, que se muestra una sola vez al crearla.</translation>
    </message>
    <message>
        <source>Your organisation does not allow adding servers.</source>
        <translation>Su organización no permite añadir servidores.</translation>
    </message>
</context>
<context>
    <name>ServersUI</name>
    <message>
        <source>The local API could not start on port %1 (%2). Choose another port.</source>
        <translation>La API local no pudo iniciarse en el puerto %1 (%2). Elija otro puerto.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
        <translation>Establecido por la directiva de TI de su organización.</translation>
    </message>
</context>
<context>
    <name>SettingsCoordinator</name>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>A reply is being written. Stop it or let it finish, then delete the conversations.</source>
        <translation>Se está escribiendo una respuesta. Deténgala o deje que termine y después elimine las conversaciones.</translation>
    </message>
    <message>
        <source>These copies could not be deleted; delete them yourself:</source>
        <translation>No se pudieron eliminar estas copias; elimínelas usted mismo:</translation>
    </message>
    <message>
        <source>A reply is being written. Let it finish, then move the data folder.</source>
        <translation>Se está escribiendo una respuesta. Deje que termine y después mueva la carpeta de datos.</translation>
    </message>
    <message>
        <source>Copying your data to the new folder… Tramontane restarts when it is done.</source>
        <translation>Copiando sus datos a la carpeta nueva… Tramontane se reiniciará cuando termine.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked. Tramontane restarts now to use it. The old folder, %2, was kept: delete it yourself once you are sure all is well.</source>
        <translation>Sus datos se han copiado en %1 y se han comprobado. Tramontane se reinicia ahora para usarlos. La carpeta antigua, %2, se ha conservado: elimínela usted mismo cuando esté seguro de que todo va bien.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Mover la carpeta de datos</translation>
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
        <source>Servers</source>
        <translation>Servidores</translation>
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
    <name>SourceDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>The document the reply used</source>
        <translation>El documento que usó la respuesta</translation>
    </message>
    <message>
        <source>The passage the reply used</source>
        <translation>El fragmento que usó la respuesta</translation>
    </message>
    <message>
        <source>The model read the whole document; only its beginning is kept here.</source>
        <translation>El modelo leyó todo el documento; aquí solo se guarda su comienzo.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>%1 (whole document)</source>
        <translation>%1 (documento completo)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
</context>
<context>
    <name>SourcesRow</name>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Show the passage</source>
        <translation>Mostrar el fragmento</translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation>Mostrar el documento</translation>
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
        <translation>Sus propias carpetas de modelos</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Your encrypted conversations and downloaded models. Moving copies everything, checks the copy, then switches; the old folder is kept.</source>
        <translation>Sus conversaciones cifradas y los modelos descargados. Al moverla se copia todo, se comprueba la copia y luego se cambia; la carpeta anterior se conserva.</translation>
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
        <translation>Los modelos que ha descargado o añadido.</translation>
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
3. Paste it here. Tramontane keeps it in this computer&apos;s keychain and sends it only to the hub.</source>
        <translation>{0} tiene acceso restringido: sus autores le piden que acepte primero sus condiciones.

1. Inicie sesión en huggingface.co, abra https://huggingface.co/{0} y acepte las condiciones.
2. Cree un token de lectura en https://huggingface.co/settings/tokens.
3. Péguelo aquí. Tramontane lo guarda en el llavero de este ordenador y solo lo envía al hub.</translation>
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
    <name>Transfers</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Tramontane export, can be imported again (*.json)</source>
        <translation>Exportación de Tramontane, se puede volver a importar (*.json)</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Conversation exports (*.json);;All files (*)</source>
        <translation>Exportaciones de conversaciones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>%n conversación importada.</numerusform>
            <numerusform>%n conversaciones importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
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
        <translation>El modelo funciona aquí: nada de lo que escriba sale de este ordenador y no hace falta ninguna cuenta.
Sus conversaciones se guardan cifradas. Pregunte lo que quiera o empiece con un ejemplo.</translation>
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
    <name>WhereLabel</name>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>Company server: %1</source>
        <translation>Servidor de la empresa: %1</translation>
    </message>
    <message>
        <source>Where this conversation runs: %1</source>
        <translation>Dónde funciona esta conversación: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>unknown size</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} mil millones</numerusform>
            <numerusform>{number} mil millones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} millón</numerusform>
            <numerusform>{number} millones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens at once</source>
        <translation>
            <numerusform>%Ln token a la vez</numerusform>
            <numerusform>%Ln tokens a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation>{name}: {meaning}</translation>
    </message>
    <message>
        <source>{verdict}: {reason}</source>
        <translation>{verdict}: {reason}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>menos de un minuto restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>quedan unos %n minuto</numerusform>
            <numerusform>quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>quedan unas {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>full precision: largest and slowest, no quality lost</source>
        <translation>precisión completa: el más grande y lento, sin pérdida de calidad</translation>
    </message>
    <message>
        <source>nearly full quality, about twice the default size</source>
        <translation>calidad casi completa, aproximadamente el doble del tamaño habitual</translation>
    </message>
    <message>
        <source>very high quality, larger than the default</source>
        <translation>calidad muy alta, más grande que el habitual</translation>
    </message>
    <message>
        <source>high quality, slightly larger than the default</source>
        <translation>calidad alta, algo más grande que el habitual</translation>
    </message>
    <message>
        <source>the usual choice: good quality at a moderate size</source>
        <translation>la opción habitual: buena calidad con un tamaño moderado</translation>
    </message>
    <message>
        <source>smaller, slightly lower quality</source>
        <translation>más pequeño, calidad algo menor</translation>
    </message>
    <message>
        <source>small, noticeably lower quality</source>
        <translation>pequeño, calidad notablemente menor</translation>
    </message>
    <message>
        <source>smallest, much lower quality; only when nothing else fits</source>
        <translation>el más pequeño, calidad mucho menor; solo cuando no cabe nada más</translation>
    </message>
    <message>
        <source>compact 4-bit format the model was trained for</source>
        <translation>formato compacto de 4 bits para el que se entrenó el modelo</translation>
    </message>
    <message>
        <source>compression level not recognised</source>
        <translation>nivel de compresión no reconocido</translation>
    </message>
    <message>
        <source>Apache 2.0: may be used freely, also at work and for business</source>
        <translation>Apache 2.0: se puede usar libremente, también en el trabajo y con fines comerciales</translation>
    </message>
    <message>
        <source>MIT: may be used freely, also at work and for business</source>
        <translation>MIT: se puede usar libremente, también en el trabajo y con fines comerciales</translation>
    </message>
    <message>
        <source>Llama Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licencia comunitaria de Llama: se puede usar en el trabajo y con fines comerciales (salvo que su empresa tenga más de 700 millones de usuarios al mes); respete la política de uso aceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licencia comunitaria de Llama 3: se puede usar en el trabajo y con fines comerciales (salvo que su empresa tenga más de 700 millones de usuarios al mes); respete la política de uso aceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3.1 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licencia comunitaria de Llama 3.1: se puede usar en el trabajo y con fines comerciales (salvo que su empresa tenga más de 700 millones de usuarios al mes); respete la política de uso aceptable de Meta</translation>
    </message>
    <message>
        <source>Llama 3.2 Community Licence: may be used at work and for business (unless your company has over 700 million monthly users); follow Meta&apos;s acceptable use policy</source>
        <translation>Licencia comunitaria de Llama 3.2: se puede usar en el trabajo y con fines comerciales (salvo que su empresa tenga más de 700 millones de usuarios al mes); respete la política de uso aceptable de Meta</translation>
    </message>
    <message>
        <source>Gemma Terms of Use: may be used at work and for business, within Google&apos;s prohibited use policy</source>
        <translation>Condiciones de uso de Gemma: se puede usar en el trabajo y con fines comerciales, dentro de la política de usos prohibidos de Google</translation>
    </message>
    <message>
        <source>Mistral Research Licence: for research and personal testing only; use at work or for business needs a separate licence from Mistral AI</source>
        <translation>Licencia de investigación de Mistral: solo para investigación y pruebas personales; usarlo en el trabajo o con fines comerciales requiere una licencia aparte de Mistral AI</translation>
    </message>
    <message>
        <source>Qwen Research Licence: for non-commercial research only</source>
        <translation>Licencia de investigación de Qwen: solo para investigación no comercial</translation>
    </message>
    <message>
        <source>Qwen Licence: may be used at work and for business (unless your product has over 100 million monthly users)</source>
        <translation>Licencia de Qwen: se puede usar en el trabajo y con fines comerciales (salvo que su producto tenga más de 100 millones de usuarios al mes)</translation>
    </message>
    <message>
        <source>Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers</source>
        <translation>Creative Commons BY 4.0: se puede usar libremente, también con fines comerciales, citando a los autores</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC 4.0: not for business use</source>
        <translation>Creative Commons BY-NC 4.0: no para uso comercial</translation>
    </message>
    <message>
        <source>Creative Commons BY-NC-SA 4.0: not for business use</source>
        <translation>Creative Commons BY-NC-SA 4.0: no para uso comercial</translation>
    </message>
    <message>
        <source>OpenRAIL: may be used, also for business, but not for the harmful uses it lists</source>
        <translation>OpenRAIL: se puede usar, también con fines comerciales, pero no para los usos dañinos que enumera</translation>
    </message>
    <message>
        <source>Licence not stated: check the model&apos;s page before using it at work</source>
        <translation>Licencia no indicada: consulte la página del modelo antes de usarlo en el trabajo</translation>
    </message>
    <message>
        <source>{licence}: check the licence before using it at work</source>
        <translation>{licence}: compruebe la licencia antes de usarlo en el trabajo</translation>
    </message>
    <message>
        <source>writes less than a word a second</source>
        <translation>escribe menos de una palabra por segundo</translation>
    </message>
    <message>
        <source>writes about one word a second</source>
        <translation>escribe alrededor de una palabra por segundo</translation>
    </message>
    <message>
        <source>writes about {words} words a second</source>
        <translation>escribe alrededor de {words} palabras por segundo</translation>
    </message>
    <message>
        <source>writes faster than anyone reads, about {words} words a second</source>
        <translation>escribe más rápido de lo que se lee, alrededor de {words} palabras por segundo</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>No cabe</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free</source>
        <translation>necesita unos {needed}, {free} libres</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free; other programs may slow down</source>
        <translation>necesita unos {needed}, {free} libres; puede que otros programas vayan más lentos</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card</source>
        <translation>necesita unos {needed}, {free} libres en la tarjeta gráfica</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free on the graphics card; other programs may slow down</source>
        <translation>necesita unos {needed}, {free} libres en la tarjeta gráfica; puede que otros programas vayan más lentos</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card</source>
        <translation>necesita unos {needed}, {free} libres en la memoria y en la tarjeta gráfica</translation>
    </message>
    <message>
        <source>needs about {needed}, {free} free in memory and on the graphics card; other programs may slow down</source>
        <translation>necesita unos {needed}, {free} libres en la memoria y en la tarjeta gráfica; puede que otros programas vayan más lentos</translation>
    </message>
    <message>
        <source>{total} memory ({free} free)</source>
        <translation>{total} de memoria ({free} libres)</translation>
    </message>
    <message>
        <source>{total} memory ({free} free); {gpu} with {gpu_free} free</source>
        <translation>{total} de memoria ({free} libres); {gpu} con {gpu_free} libres</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>%1 (being read…)</source>
        <translation>%1 (leyéndose…)</translation>
    </message>
    <message>
        <source>Remove this document from the conversation</source>
        <translation>Quitar este documento de la conversación</translation>
    </message>
    <message>
        <source>Remove %1 from this conversation</source>
        <translation>Quitar %1 de esta conversación</translation>
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
</TS>
