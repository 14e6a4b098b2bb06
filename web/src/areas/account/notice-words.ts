// What each notice kind means, in the user's words (the catalog in src/domain/notices/kinds.ts).
import { defineTexts } from '../../i18n/i18n.tsx';

export const noticeWords = defineTexts({
  ru: {
    'ticket.registered': 'Обращение зарегистрировано',
    'ticket.follow_up_registered': 'Зарегистрировано новое обращение по закрытому',
    'ticket.replied': 'Ответ поддержки',
    'ticket.info_requested': 'Поддержка просит информацию или действие',
    'ticket.solution_proposed': 'Предложено решение',
    'ticket.auto_close_reminder': 'Скоро автоматическое закрытие',
    'ticket.auto_closed': 'Обращение закрыто автоматически',
    'ticket.merged': 'Обращение объединено с другим',
    'ticket.merged_in': 'К обращению присоединено другое',
    'ticket.parameters_changed': 'Изменены параметры обращения',
    'ticket.dispute_answered': 'Поддержка ответила на разногласие',
    'build.published': 'Вышла сборка с исправлениями по вашим обращениям',
    'ticket.new': 'Новое обращение',
    'ticket.customer_answered': 'Пользователь ответил',
    'ticket.closed_by_customer': 'Пользователь закрыл обращение',
    'ticket.dispute_opened': 'Пользователь не согласен с параметрами',
    'ticket.assigned': 'Обращение назначено',
    'ticket.unassigned': 'Обращение больше не назначено вам',
    'sla.reaction.warning': 'Скоро истекает срок реакции',
    'sla.solution.warning': 'Скоро истекает срок решения',
    'sla.progress.warning': 'Пора сообщить о ходе работ',
    'sla.reaction.breached': 'Срок реакции нарушен',
    'sla.solution.breached': 'Срок решения нарушен',
    'sla.progress.due': 'Пропущено сообщение о ходе работ',
    'auth.verify_email': 'Подтверждение адреса электронной почты',
    'auth.password_reset': 'Сброс пароля',
    other: 'Уведомление',
  },
  en: {
    'ticket.registered': 'Ticket registered',
    'ticket.follow_up_registered': 'A new ticket registered about a closed one',
    'ticket.replied': 'Support replied',
    'ticket.info_requested': 'Support asks for information or an action',
    'ticket.solution_proposed': 'A solution is proposed',
    'ticket.auto_close_reminder': 'Automatic closing is near',
    'ticket.auto_closed': 'The ticket closed automatically',
    'ticket.merged': 'The ticket was merged into another',
    'ticket.merged_in': 'Another ticket was merged into this one',
    'ticket.parameters_changed': 'Ticket parameters changed',
    'ticket.dispute_answered': 'Support answered your dispute',
    'build.published': 'A build with fixes for your tickets is out',
    'ticket.new': 'New ticket',
    'ticket.customer_answered': 'The customer answered',
    'ticket.closed_by_customer': 'The customer closed the ticket',
    'ticket.dispute_opened': 'The customer disputes the parameters',
    'ticket.assigned': 'Ticket assigned',
    'ticket.unassigned': 'The ticket is no longer assigned to you',
    'sla.reaction.warning': 'The reaction deadline is near',
    'sla.solution.warning': 'The solution deadline is near',
    'sla.progress.warning': 'A progress notice is due soon',
    'sla.reaction.breached': 'Reaction deadline breached',
    'sla.solution.breached': 'Solution deadline breached',
    'sla.progress.due': 'A progress notice is overdue',
    'auth.verify_email': 'Confirming the e-mail address',
    'auth.password_reset': 'Password reset',
    other: 'Notice',
  },
});

export type NoticeWord = keyof (typeof noticeWords)['ru'];

/** The text key of a kind; unknown kinds read as a plain "notice". */
export function noticeWordOf(kind: string): NoticeWord {
  return kind in noticeWords.ru ? (kind as NoticeWord) : 'other';
}
