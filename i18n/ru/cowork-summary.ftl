# The words of the plus/minus summary (src/view/summary.rs and its templates): a file of
# their own, so that the other documents do not load them. The same ids in both languages
# (a test checks it).

doc-summary-summary_title = Итоги обсуждения: плюсы и минусы
doc-summary-series_summary_title = Итоги обсуждения: плюсы и минусы по серии коворкингов
doc-summary-kind_plus = Плюсы
doc-summary-kind_minus = Минусы
doc-summary-kind_interesting = Интересное
doc-summary-kind_plus_one = Плюс
doc-summary-kind_minus_one = Минус
doc-summary-kind_interesting_one = Интересно
doc-summary-number = №
doc-summary-point = Содержание
doc-summary-votes = Голоса
doc-summary-points_total = Пунктов
doc-summary-votes_total = Голосов
doc-summary-total = Итого
doc-summary-no_points = Не высказано.
doc-summary-no_feedback = Итоги обсуждения не внесены
doc-summary-without_activity = Без привязки к мероприятию
doc-summary-sessions = Коворкинги серии
doc-summary-session = Коворкинг
doc-summary-date = Дата
doc-summary-pluses_short = Плюсов
doc-summary-minuses_short = Минусов
doc-summary-interesting_short = Интересного
doc-summary-recurring = Повторяющиеся пункты
doc-summary-kind = Вид
doc-summary-recurring_sessions = Коворкинги
doc-summary-no_recurring = Повторяющихся пунктов нет
doc-summary-open_decisions = Невыполненные решения
doc-summary-decision = Решение
doc-summary-owner = Ответственный
doc-summary-due = Срок
doc-summary-no_open_decisions = Невыполненных решений нет
