// Russian texts of every user-facing message, by stable code (R2: Russian first).
export const ru = {
  'calendar.invalid': 'Календарь задан неверно: {details}',
  'calendar.not_object': 'Календарь должен быть объектом JSON',
  'calendar.unknown_zone': 'Неизвестный часовой пояс «{value}»',
  'calendar.unknown_day': 'Неизвестный день недели «{value}»: допустимы mon, tue, wed, thu, fri, sat, sun',
  'calendar.unknown_field': 'Неизвестное поле «{value}»',
  'calendar.bad_intervals': 'Ожидается список интервалов вида [["09:00","17:00"]]',
  'calendar.bad_interval': 'Интервал должен быть парой времён ["ЧЧ:ММ","ЧЧ:ММ"]',
  'calendar.bad_time': 'Время «{value}» задано неверно: ожидается ЧЧ:ММ от 00:00 до 24:00',
  'calendar.reversed_interval': 'Интервал {value} пуст или перевёрнут: начало должно быть раньше конца',
  'calendar.overlapping_intervals': 'Интервалы {value} пересекаются или идут не по порядку',
  'calendar.bad_date': 'Дата «{value}» задана неверно: ожидается ГГГГ-ММ-ДД',
  'calendar.duplicate_date': 'Дата {value} указана в исключениях дважды',
  'calendar.bad_kind': 'Вид исключения «{value}» неизвестен: допустимы holiday, transfer, short, working',
  'calendar.bad_title': 'Название исключения должно быть строкой',
  'calendar.bad_range': 'Период действия календаря задан неверно: {value}',
  'calendar.no_working_time': 'В календаре нет рабочего времени: срок вычислить невозможно',
  'calendar.out_of_range':
    'Календарь известен только с {from} по {to}; {value} вне этого периода. Загрузите производственный календарь на нужный год',
  'calendar.exhausted': 'После {value} в календаре нет рабочего времени: срок вычислить невозможно',
  'calendar.runs_out':
    'Срок выходит за пределы календаря (известен с {from} по {to}). Загрузите производственный календарь на следующий год',
  'calendar.unknown': 'Календарь «{value}» не найден',
  'calendar.bad_year': 'Год «{value}» задан неверно: ожидается целое число от 1 до 9999',
  'time.bad_instant':
    'Момент времени «{value}» задан неверно: ожидается ISO 8601, например 2026-01-12T12:30:00+03:00',
  'time.bad_amount': 'Длительность «{value}» задана неверно: ожидается конечное число',
  'time.bad_pause': 'Пауза {value} задана неверно: ожидается [начало, конец] с началом не позже конца',
  'xmlcalendar.bad_xml': 'Файл не похож на xmlcalendar: {value}',
  'xmlcalendar.year_mismatch':
    'Файл содержит календарь на {value} год, а загрузить его просили как {year}: даты одного года на другой не переносятся. Выберите файл на {year} год или загрузите этот как {value}',
  'xmlcalendar.year_gap':
    'Календарь известен с {from} по {to}, а файл — на {value} год: между ними остались бы дни без данных ({missing}), и праздники этих дней считались бы рабочими. Сначала загрузите промежуточные годы',
  'xmlcalendar.bad_year': 'Год не указан или указан неверно: {value}. Укажите год аргументом --year',
  'xmlcalendar.bad_day': 'Запись дня {value} задана неверно',
  'xmlcalendar.no_root': 'В файле нет корневого элемента <calendar>: это не xmlcalendar',
  'xmlcalendar.doctype':
    'Файл не является файлом xmlcalendar: объявления DOCTYPE и внешние сущности не допускаются',
  'cli.usage': '{value}',
  'cli.bad_argument': 'Неверный аргумент: {value}',
  'cli.missing_argument': 'Не указан обязательный аргумент {value}',
  'cli.bad_json': 'Строка не является JSON-объектом: {value}',
  'cli.bad_op':
    'Неизвестная операция «{value}»: допустимы add, sub, between, isWorking, nextWorking, previousWorking',
  'cli.file_unreadable': 'Не удалось прочитать файл {value}',
  'cli.file_unwritable': 'Не удалось записать файл {value}',
  'cli.calendar_usage':
    'Использование:\n  srok calendar import --xml ФАЙЛ.xml [--year ГОД] [--base ФАЙЛ.json|ru-standard] --out ФАЙЛ.json\n  srok calendar show --calendar ФАЙЛ.json|ru-standard --year ГОД',
  'cli.calendar_imported':
    'Календарь записан в {file}: {year} год — рабочих дней {days}, рабочих часов {hours}; нерабочих будней {off}, рабочих выходных {weekends}, сокращённых дней {short}',
  'db.data_dir_locked':
    'Папка данных {dir} уже используется процессом {pid} (узел {host}); остановите его или укажите другую папку SROK_DATA_DIR',
  'ticket.not_found': 'Обращение {value} не найдено',
  'ticket.version_conflict':
    'Обращение уже изменено другим пользователем; обновите страницу и повторите действие',
  'ticket.email_not_verified':
    'Адрес {email} ещё не подтверждён, поэтому обращение принять нельзя. Перейдите по ссылке из письма, которое портал отправил на этот адрес; если письма нет, запросите новую ссылку в профиле',
  'ticket.not_authorized_contact':
    'Адрес {email} не указан ни в одном договоре как уполномоченный представитель, поэтому обращение принять нельзя. Попросите ответственного за договор в вашей организации добавить вас в список контактов или напишите администратору портала',
  'ticket.contract_not_valid':
    'Договор № {number} действует с {from} по {to}; сейчас обращения по нему не принимаются. Обратитесь к ответственному за договор в вашей организации',
  'ticket.illegal_transition': 'Действие «{action}» невозможно, когда обращение в состоянии «{status}»',
  'ticket.forbidden_action': 'Действие «{action}» недоступно для роли «{role}»',
  'ticket.closed_follow_up':
    'Обращение SR-{number} закрыто; новое сообщение по нему регистрируется как новое обращение, связанное с ним',
  'ticket.dispute_already_open': 'По обращению уже есть открытое возражение; дождитесь ответа поддержки',
  'ticket.no_open_dispute': 'По обращению нет открытого возражения',
  'ticket.reason_required': 'Укажите причину изменения',
  'ticket.text_required': 'Текст сообщения не может быть пустым',
  'ticket.nothing_changed': 'Параметры не изменились',
  'ticket.bad_deadline': 'Срок должен быть позже начала отсчёта',
  'ticket.not_authorized_ask_person':
    'Адрес {email} не указан ни в одном договоре как уполномоченный представитель, поэтому обращение принять нельзя. Попросите ответственного за договор в вашей организации ({person}) добавить вас в список контактов или напишите администратору портала',
  'ticket.contract_expired':
    'Договор № {number} действует с {from} по {to}, а сегодня {today}: обращения по нему сейчас не принимаются. Обратитесь к тому, кто подписывал договор в вашей организации, или к администратору портала',
  'ticket.contract_expired_ask_person':
    'Договор № {number} действует с {from} по {to}, а сегодня {today}: обращения по нему сейчас не принимаются. Обратитесь к ответственному за договор в вашей организации: {person}',
  'ticket.history_invalid': 'История обращения повреждена: событие «{value}» не на своём месте',
  'ticket.deadline_not_settable':
    'Срок автозакрытия задаётся планом обслуживания в календарных днях и вручную не меняется',
  'ticket.clock_not_running': 'Срок «{clock}» сейчас не отсчитывается, поэтому задать его нельзя',
  'ticket.deadline_in_past': 'Новый срок «{clock}» должен быть позже текущего момента',
  'plan.invalid': 'План обслуживания задан неверно: {details}',
  'plan.bad_field': '{value}',
  'plan.not_found': 'План обслуживания «{value}» не найден',
  'plan.required_field': 'Поле обязательно',
  'plan.unknown_field': 'Неизвестное поле «{value}»',
  'plan.bad_number': 'Ожидается целое число от {min} до {max}',
  'plan.bad_text': 'Ожидается непустая строка не длиннее {max} символов',
  'plan.bad_boolean': 'Ожидается true или false',
  'plan.bad_object': 'Ожидается объект с целями по типам обращений и приоритетам',
  'plan.reminder_too_late':
    'Напоминание за {value} дн. должно приходить раньше автозакрытия, которое наступает через {max} дн.',
  'request.invalid': 'Запрос составлен неверно: {details}',
  'request.bad_text': 'текст содержит символ NUL или испорченный Юникод',
  'request.bad_ticket_number': 'ожидается номер обращения',
  'request.bad_slug': 'ожидается код из строчных латинских букв, цифр, «-» и «_», до 64 знаков',
  'request.bad_cursor': 'неизвестный курсор: передайте nextCursor предыдущей страницы',
  'request.cursor_other_order':
    'курсор получен для другого порядка (order={value}): передайте тот же order, что и для первой страницы, или начните без cursor',
  'request.bad_if_match': 'ожидается версия в кавычках, как в заголовке ETag, например "4"',
  'request.bad_idempotency_key': 'ожидаются только печатные символы ASCII, без пробелов',
  'request.malformed':
    'Запрос не удалось прочитать: проверьте адрес и заголовки (символы вне ASCII в адресе кодируются через %)',
  'request.idempotency_key_reused':
    'Этот Idempotency-Key уже использован для другого запроса. Повтор должен в точности совпадать с первым запросом; для нового запроса возьмите новый ключ',
  'request.bad_json': 'Тело запроса не является корректным JSON',
  'request.too_large': 'Слишком большой запрос',
  'request.unsupported_media_type': 'Неподдерживаемый тип содержимого запроса',
  'request.unsupported_charset':
    'Кодировка «{value}», указанная в Content-Type, не поддерживается: отправьте тело запроса в UTF-8',
  'request.bad_encoding':
    'Тело запроса не читается в кодировке {value}: укажите в Content-Type его настоящую кодировку (например, charset=windows-1251) или отправьте его в UTF-8',
  'request.rate_limited': 'Слишком много запросов; повторите попытку позже',
  internal: 'Внутренняя ошибка сервера. Код запроса для обращения в поддержку: {id}',
  'route.not_found': 'Адрес {value} не найден',
  'request.method_not_allowed': 'Метод {method} для этого адреса не поддерживается; допустимы: {allowed}',
  'auth.unauthenticated': 'Войдите в систему, чтобы продолжить',
  'auth.forbidden': 'Недостаточно прав для этого действия',
  'auth.csrf': 'Запрос отклонён защитой от подделки (CSRF): обновите страницу и повторите действие',
  'auth.weak_password': 'Пароль слишком короткий: нужно не меньше {min} символов',
  'auth.password_is_email': 'Пароль не должен совпадать с адресом электронной почты',
  'auth.email_taken': 'Адрес {email} уже зарегистрирован: войдите или восстановите пароль',
  'auth.invalid_credentials': 'Неверный адрес электронной почты или пароль',
  'auth.rate_limited': 'Слишком много попыток; повторите через {minutes} мин.',
  'auth.token_invalid':
    'Ссылка недействительна: проверьте, что она скопирована полностью, или запросите новую',
  'auth.token_expired': 'Срок действия ссылки истёк: запросите новую',
  'auth.token_used': 'Ссылка уже использована: запросите новую, если нужно',
  'auth.wrong_password': 'Текущий пароль указан неверно',
  'auth.api_token_not_found': 'Токен API {value} не найден',
  'auth.forbidden_session_only': 'Токены API можно выпускать и отзывать только после входа на портал',
  'auth.forbidden_password_change_session_only':
    'Пароль можно сменить только после входа на портал, не по токену API',
  'metrics.token_required': 'Для чтения метрик нужен токен: заголовок Authorization: Bearer <токен>',
  'setup.admin_already_exists': 'Администратор портала уже создан: войдите под своей учётной записью',
  'attachment.too_large': 'Файл больше допустимых {limit} МБ',
  'attachment.no_file': 'В запросе нет файла',
  'attachment.not_found': 'Вложение {value} не найдено',
  'attachment.ticket_closed': 'Обращение SR-{number} закрыто; приложите файл к новому обращению',
  'upload.malformed':
    'Запрос с файлами разобрать не удалось: файлы отправляются как multipart/form-data с границей частей, целиком. Отправьте их заново',
  'upload.too_many_files': 'За один раз можно приложить не больше {max} файлов',
  'upload.too_many_parts': 'В запросе слишком много частей: не больше {max} файлов и полей вместе',
  'organization.not_found': 'Организация {value} не найдена',
  'organization.already_exists': 'Организация «{value}» уже есть',
  'contract.not_found': 'Договор {value} не найден',
  'contract.already_exists': 'Договор № {value} уже есть',
  'contract.unknown_organization':
    'Организация {value} не найдена: договор заключается с существующей организацией',
  'contract.unknown_plan': 'План обслуживания «{value}» не найден',
  'contract.bad_period': 'Срок действия договора задан неверно: начало {from} позже окончания {to}',
  'contact.not_found': 'Контакт {value} не найден',
  'contact.already_exists': 'Адрес {value} уже указан в договоре',
  'contact.bad_email': 'Адрес электронной почты «{value}» задан неверно',
  'contact.email_required': 'Не указан адрес электронной почты',
  'contact.name_required': 'Не указано имя',
  'contact.too_long': 'Значение поля {value} слишком длинное',
  'contacts_import.empty': 'В CSV нет ни одной строки с контактами после заголовка',
  'contacts_import.too_many_rows': 'В CSV {value} строк; за один раз можно загрузить не более {max}',
  'contacts_import.bad_csv': 'CSV разобрать не удалось: кавычка, открытая в строке {value}, не закрыта',
  'contacts_import.bad_header': 'Заголовок CSV задан неверно: {details}',
  'contacts_import.unknown_column': 'Неизвестный столбец «{value}»: допустимы name, email, phone, position',
  'contacts_import.duplicate_column': 'Столбец {value} указан дважды',
  'contacts_import.missing_column': 'Нет обязательного столбца {value}',
  'contacts_import.extra_cells': 'В строке {count} значений, а в заголовке {expected} столбцов',
  'contacts_import.duplicate_row': 'Адрес {value} уже встречался в строке {line}',
  'user.not_found': 'Пользователь {value} не найден',
  'user.unknown_organization': 'Организация {value} не найдена',
  'user.staff_in_organization':
    'Сотрудник поддержки (роль «{role}») не может входить в организацию клиента; отвяжите его от организации (organizationId: null)',
  'user.last_admin': 'Нельзя снять роль администратора с последнего администратора портала',
  'user.has_assigned_tickets':
    'Сотрудник — исполнитель открытых обращений (их {count}): сначала передайте их другим сотрудникам, затем назначьте роль «клиент»',
  'xmlcalendar.bad_year_param': 'Год не указан или указан неверно: {value}. Укажите год параметром ?year=',
  'request.id_mismatch': 'Идентификатор «{value}» в теле запроса не совпадает с «{id}» в адресе',
  'request.not_utf8': 'Тело запроса должно быть в кодировке UTF-8 (в Excel сохраните файл как «CSV UTF-8»)',
  'ticket.assignee_invalid':
    'Пользователь {value} не может быть исполнителем: назначить можно только сотрудника поддержки',
  'ticket.not_a_problem':
    'Обращение SR-{value} не является проблемой: связать можно только с обращением типа «Проблема»',
  'ticket.link_self': 'Обращение нельзя связать с самим собой (SR-{value})',
  'ticket.link_unchanged': 'Связь с проблемой уже такая: менять нечего',
  'ticket.problem_other_organization':
    'Проблема SR-{value} зарегистрирована другой организацией: обращение можно связать только с проблемой своей организации',
  'ticket.merge_self': 'Обращение нельзя объединить с самим собой (SR-{value})',
  'ticket.merge_target_closed':
    'Обращение SR-{value} закрыто: объединить можно только с открытым обращением своей организации',
  'ticket.merge_closed':
    'Обращение SR-{value} уже закрыто: объединить с другим можно только открытое обращение',
  // Not an error: the subject of the new ticket a message about a closed one registers (R17).
  'ticket.follow_up_subject': 'Продолжение обращения SR-{number}: {subject}',
  'report.bad_period':
    'Период отчёта задан неверно ({value}): нужны даты ГГГГ-ММ-ДД, начало раньше конца, не длиннее 732 дней',
  'plan.in_use':
    'План «{value}» нельзя удалить: на него ссылаются договоры ({contracts}) и обращения ({tickets}). Переведите их на другой план',
  'calendar.in_use':
    'Календарь «{value}» нельзя удалить: его используют планы {plans}. Сначала выберите в них другой календарь',
} as const;

export type MessageCode = keyof typeof ru;
