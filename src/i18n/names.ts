// Names of the codes that messages mention (statuses, clocks, actions, roles), so a refusal reads
// «Действие «принять решение» невозможно, когда обращение в состоянии «зарегистрировано»» and
// not the codes themselves.
type Names = Record<string, Record<string, string>>;

const ru: Names = {
  status: {
    new: 'зарегистрировано',
    in_progress: 'в работе',
    waiting_customer: 'ожидает ответа пользователя',
    solution_proposed: 'предложено решение',
    closed: 'закрыто',
  },
  clock: {
    reaction: 'реакция',
    solution: 'решение',
    progress: 'сообщение о ходе работ',
    auto_close: 'автозакрытие',
  },
  action: {
    file: 'зарегистрировать обращение',
    take: 'взять себе',
    assign: 'назначить исполнителя',
    reply: 'ответить',
    note: 'внутренняя заметка',
    request_info: 'запросить информацию',
    customer_reply: 'ответить поддержке',
    propose: 'предложить решение',
    accept: 'принять решение',
    reject: 'отклонить решение',
    withdraw: 'отозвать обращение',
    change_parameters: 'изменить параметры',
    set_deadline: 'установить срок',
    dispute: 'оспорить параметры',
    answer_dispute: 'ответить на спор',
    link_problem: 'связать с проблемой',
  },
  role: {
    customer: 'представитель пользователя',
    engineer: 'инженер поддержки',
    lead: 'руководитель поддержки',
    admin: 'администратор',
    system: 'система',
  },
};

const en: Names = {
  status: {
    new: 'registered',
    in_progress: 'in progress',
    waiting_customer: 'waiting for the customer',
    solution_proposed: 'solution proposed',
    closed: 'closed',
  },
  clock: {
    reaction: 'reaction',
    solution: 'solution',
    progress: 'progress notice',
    auto_close: 'auto-close',
  },
  action: {
    file: 'file a ticket',
    take: 'take',
    assign: 'assign',
    reply: 'reply',
    note: 'internal note',
    request_info: 'request information',
    customer_reply: 'answer support',
    propose: 'propose a solution',
    accept: 'accept the solution',
    reject: 'reject the solution',
    withdraw: 'withdraw the ticket',
    change_parameters: 'change parameters',
    set_deadline: 'set a deadline',
    dispute: 'dispute parameters',
    answer_dispute: 'answer the dispute',
    link_problem: 'link to a problem',
  },
  role: {
    customer: 'customer representative',
    engineer: 'support engineer',
    lead: 'support lead',
    admin: 'administrator',
    system: 'system',
  },
};

/** The readable name of a parameter's code (`status`, `clock`, `action`, `role`), or the value itself. */
export function nameOf(lang: 'ru' | 'en', param: string, value: string | number): string | number {
  return (lang === 'en' ? en : ru)[param]?.[String(value)] ?? value;
}
