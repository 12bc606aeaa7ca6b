// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetframe.h"

#include "charts.h"
#include "format.h"
#include "gamedata/gamedata.h"
#include "itemmodels/matchlistmodel.h"
#include "theme/theme.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>

namespace herald::ui {

namespace {

// The start of a time dimension's period, ms since epoch (local time): day "2026-08-14", ISO week "2026-W35"
// (its Monday), month "2026-08". nullopt for other dimensions or values.
std::optional<qint64> periodStart(const std::string& dimension, const analytics::Value& value) {
    const auto* text = std::get_if<std::string>(&value);
    if (text == nullptr) {
        return std::nullopt;
    }
    const QString key = QString::fromStdString(*text);
    QDate date;
    if (dimension == "day") {
        date = QDate::fromString(key, QStringLiteral("yyyy-MM-dd"));
    } else if (dimension == "month") {
        date = QDate::fromString(key + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    } else if (dimension == "week" && key.size() >= 7 && key.mid(4, 2) == QStringLiteral("-W")) {
        const int year = key.left(4).toInt();
        const int week = key.mid(6).toInt();
        const QDate jan4(year, 1, 4); // always in ISO week 1
        date = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.startOfDay().toMSecsSinceEpoch();
}

// A dimension's value as a filter takes it: 420, "Ahri", "MIDDLE", 21.
QString filterValue(const analytics::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return QString::number(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return QString::number(*d);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return QString::fromStdString(*s);
    }
    return {};
}

} // namespace

namespace {

std::function<QString(double)> formatterFor(const std::string& metric) {
    return [metric](double v) { return formatMetric(metric, std::optional<double>(v)); };
}

QString kpiDelta(const std::string& metric, std::optional<double> current, std::optional<double> previous,
                 const QString& periodText, std::optional<bool>& better) {
    if (!current || !previous) {
        return previous || !current ? QString() : WidgetFrame::tr("no games in the previous %1").arg(periodText);
    }
    const double delta = *current - *previous;
    // The catalog says which way is better (fewer deaths, more CS); a change of the games played is neither.
    const auto direction = metricDirection(metric);
    better = std::abs(delta) < 1e-9 || direction == analytics::Direction::Neither
                 ? std::nullopt
                 : std::optional<bool>((delta > 0) == (direction == analytics::Direction::HigherIsBetter));
    const bool rate = metricUnit(metric) == analytics::Unit::Rate;
    QString text;
    if (rate) {
        text = QLocale().toString(delta * 100.0, 'f', 1) + WidgetFrame::tr(" pts");
    } else {
        text = formatMetric(metric, std::optional<double>(std::abs(delta)));
        text.remove(QLatin1Char('+'));
        text = (delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
    }
    if (delta > 0 && rate) {
        text.prepend(QLatin1Char('+'));
    }
    return WidgetFrame::tr("%1 vs the previous %2").arg(text, periodText);
}

} // namespace

WidgetFrame::WidgetFrame(const templates::Widget& widget, QWidget* parent)
    : QFrame(parent)
    , m_widget(widget)
    , m_title(new QLabel(this))
    , m_editBar(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_export(new QAction(tr("Export data…"), this)) {
    setObjectName(QStringLiteral("card"));
    m_export->setEnabled(false);
    addAction(m_export);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_export, &QAction::triggered, this, [this] { emit exportRequested(QString::fromStdString(m_widget.id)); });
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    // Built-in titles are translated; a player's own title is shown as written (no translation matches it).
    QString title = QCoreApplication::translate("BuiltinTemplates", widget.title.c_str());
    if (title.isEmpty() && !widget.metrics.empty()) {
        title = metricLabel(widget.metrics.front());
    }
    if (widget.type == templates::WidgetType::Insights) {
        title = tr("%1 · whole history").arg(title); // findings read every period: the title says so
    }
    m_title->setText(title);
    QStringList help;
    for (const auto& metric : widget.metrics) {
        help << QStringLiteral("<b>%1</b>: %2").arg(metricLabel(metric), metricHelp(metric).toHtmlEscaped());
    }
    m_title->setToolTip(help.join(QStringLiteral("<br>")));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setObjectName(QStringLiteral("pageSubtitle"));
    m_stack->addWidget(m_loading);
    auto* bar = new QHBoxLayout(m_editBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    const std::pair<WidgetEdit, QString> actions[] = {
        {WidgetEdit::MoveLeft, QStringLiteral("←")},  {WidgetEdit::MoveRight, QStringLiteral("→")},
        {WidgetEdit::MoveUp, QStringLiteral("↑")},    {WidgetEdit::MoveDown, QStringLiteral("↓")},
        {WidgetEdit::Narrower, QStringLiteral("⇠")},  {WidgetEdit::Wider, QStringLiteral("⇢")},
        {WidgetEdit::Shorter, QStringLiteral("⇡")},   {WidgetEdit::Taller, QStringLiteral("⇣")},
        {WidgetEdit::Configure, QStringLiteral("⚙")}, {WidgetEdit::Remove, QStringLiteral("✕")}};
    // Glyphs keep the bar within the narrowest tile; each says in words what it does (tooltip, accessible name).
    const QString tips[] = {
        tr("Move left"),         tr("Move right"), tr("Move up"),
        tr("Move down"),         tr("Narrower"),   tr("Wider"),
        tr("Shorter"),           tr("Taller"),     tr("Configure: the metrics, dimensions and sort"),
        tr("Remove this widget")};
    int i = 0;
    for (const auto& [edit, label] : actions) {
        auto* button = new QToolButton(m_editBar);
        button->setText(label);
        button->setToolTip(tips[i]);
        button->setAccessibleName(tips[i++]); // what a screen reader says: "Move left", not "←"
        connect(button, &QToolButton::clicked, this,
                [this, edit = edit] { emit editRequested(QString::fromStdString(m_widget.id), edit); });
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_editBar->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_editBar);
    layout->addWidget(m_stack, 1);
}

void WidgetFrame::setEditing(bool editing) {
    m_editBar->setVisible(editing);
}

void WidgetFrame::showLoading() {
    m_stack->setCurrentWidget(m_loading);
}

void WidgetFrame::setData(const WidgetData& result, const QString& periodText) {
    QWidget* content = buildContent(result, periodText);
    if (m_content != nullptr) {
        m_stack->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    if (m_content->accessibleName().isEmpty()) { // a chart or a table reads as its widget's title
        m_content->setAccessibleName(m_title->text());
    }
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_content);
    m_hasData = true;
    m_data = result;
    m_export->setEnabled(result.error.isEmpty() && m_widget.type != templates::WidgetType::Insights &&
                         ((result.table && !result.table->rows.empty()) || !result.matches.empty()));
}

QString WidgetFrame::findingText(const analytics::Finding& f) {
    const QString rate = formatMetric("win_rate", std::optional<double>(f.winRate()));
    const QString other = formatMetric("win_rate", std::optional<double>(f.otherWinRate()));
    const QString n = QLocale().toString(static_cast<qlonglong>(f.games));
    const QString otherN = QLocale().toString(static_cast<qlonglong>(f.otherGames));
    switch (f.kind) {
    case analytics::FindingKind::LateInSession:
        return tr("You win %1 of fourth-or-later games of a session (n = %2) against %3 of first games (n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::AfterLosses:
        return tr("After two losses in a row you win %1 of games (n = %2); after a win, %3 (n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::LateNight:
        return tr("You win %1 of games started between midnight and 6 a.m. (n = %2) against %3 the rest of the day "
                  "(n = %4).")
            .arg(rate, n, other, otherN);
    case analytics::FindingKind::Partner:
        return tr("With %1 on your team you win %2 of games (n = %3); without them, %4 (n = %5).")
            .arg(QString::fromStdString(f.partner), rate, n, other, otherN);
    }
    return {};
}

QWidget* WidgetFrame::buildFindings(const std::vector<analytics::Finding>& findings) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (findings.empty()) {
        auto* none = new QLabel(tr("Nothing stands out yet: no difference in your history is larger than chance "
                                   "would give (each side needs at least 20 games)."),
                                box);
        none->setObjectName(QStringLiteral("pageSubtitle"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    for (const auto& finding : findings) {
        const bool better = finding.winRate() > finding.otherWinRate();
        auto* line = new QLabel(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                                    .arg(outcomeColor(better ? QStringLiteral("Win") : QStringLiteral("Loss")).name(),
                                         better ? QStringLiteral("▲") : QStringLiteral("▼"),
                                         findingText(finding).toHtmlEscaped()),
                                box);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        line->setToolTip(tr("Two-proportion test: z = %1, p = %2 (significant at 95 % over all the comparisons made)")
                             .arg(QLocale().toString(finding.z, 'f', 2), QLocale().toString(finding.pValue, 'g', 2)));
        layout->addWidget(line);
    }
    layout->addStretch(1);
    return box;
}

QWidget* WidgetFrame::buildGoal(const analytics::ResultTable& table) {
    const auto& w = m_widget;
    const std::string metric = w.metrics.front();
    const std::string by = w.by.front();
    const templates::GoalProgress progress = templates::goalProgress(w, table);
    std::vector<GoalChart::Bar> bars;
    for (const auto& period : progress.periods) {
        bars.push_back({formatDimension(by, period.period), period.value, period.games, period.met});
    }
    QString headline = tr("No games yet");
    std::optional<bool> metNow;
    if (!progress.periods.empty()) {
        const auto& last = progress.periods.back();
        headline = tr("%1 in %2").arg(formatMetric(metric, last.value), formatDimension(by, last.period));
        metNow = last.value ? std::optional<bool>(last.met) : std::nullopt;
    }
    const QString target = formatMetric(metric, w.target);
    const QString unit = by == "day"    ? tr("%n day(s)", nullptr, w.periods)
                         : by == "week" ? tr("%n week(s)", nullptr, w.periods)
                                        : tr("%n month(s)", nullptr, w.periods);
    const QString summary = (w.atMost ? tr("Target: at most %1 · met in %2 of the last %3")
                                      : tr("Target: at least %1 · met in %2 of the last %3"))
                                .arg(target)
                                .arg(progress.met)
                                .arg(unit);
    auto* chart = new GoalChart(this);
    chart->setData(std::move(bars), w.target.value_or(0.0), headline, summary, metNow, formatterFor(metric));
    return chart;
}

QWidget* WidgetFrame::buildContent(const WidgetData& result, const QString& periodText) {
    if (!result.error.isEmpty()) {
        auto* error = new QLabel(result.error, this);
        error->setObjectName(QStringLiteral("errorText"));
        error->setWordWrap(true);
        return error;
    }
    const auto& w = m_widget;
    const std::string metric = w.metrics.empty() ? std::string("lp") : w.metrics.front();
    switch (w.type) {
    case templates::WidgetType::Kpi: {
        auto* tile = new KpiTile(this);
        std::optional<bool> better;
        QString delta =
            result.compared ? kpiDelta(metric, result.current, result.previous, periodText, better) : QString();
        if (delta.isEmpty() && result.games) {
            delta = tr("%n game(s)", nullptr, static_cast<int>(*result.games)); // the sample behind a rate
        }
        tile->setValue(formatMetric(metric, result.current), delta, better);
        // What a screen reader says: "Win rate 47.6 %, +6.6 pts vs the previous 90 days".
        tile->setAccessibleName(delta.isEmpty()
                                    ? QStringLiteral("%1 %2").arg(m_title->text(), tile->value())
                                    : QStringLiteral("%1 %2, %3").arg(m_title->text(), tile->value(), delta));
        return tile;
    }
    case templates::WidgetType::Matches: {
        auto* table = new QTableWidget(static_cast<int>(result.matches.size()), 6, this);
        table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
        table->setHorizontalHeaderLabels(
            {tr("Date"), tr("Champion"), tr("Result"), tr("K / D / A"), tr("CS/min"), tr("Queue")});
        const auto& games = gamedata::GameData::builtin();
        for (int row = 0; row < static_cast<int>(result.matches.size()); ++row) {
            const auto& m = result.matches[static_cast<std::size_t>(row)];
            const auto* champion = games.championByKey(m.championName);
            const QString outcome = QString::fromStdString(m.resultLabel());
            const QStringList cells = {MatchListModel::dateText(m.gameCreation), // the history's style
                                       QString::fromStdString(champion != nullptr ? champion->name : m.championName),
                                       MatchListModel::outcomeText(m), // the history's word
                                       QStringLiteral("%1 / %2 / %3").arg(m.kills).arg(m.deaths).arg(m.assists),
                                       QLocale().toString(m.csPerMinute(), 'f', 1),
                                       queueLabel(m.queueId)};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                if (c == 2) {
                    item->setForeground(outcomeColor(outcome));
                }
                table->setItem(row, c, item);
            }
        }
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setShowGrid(false);
        return table;
    }
    case templates::WidgetType::Goal:
        return buildGoal(*result.table);
    case templates::WidgetType::Insights:
        return buildFindings(result.findings);
    default:
        break;
    }
    const analytics::ResultTable& t = *result.table;
    if (w.type == templates::WidgetType::Table) {
        auto* table = new QTableWidget(static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()), this);
        table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
        QStringList headers;
        for (const auto& column : t.columns) {
            headers << (column.kind == analytics::ColumnKind::Dimension ? dimensionLabel(column.name)
                                                                        : metricLabel(column.name));
        }
        table->setHorizontalHeaderLabels(headers);
        for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
            for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
                const auto& column = t.columns[static_cast<std::size_t>(c)];
                const auto& value = t.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
                auto* item = new QTableWidgetItem(column.kind == analytics::ColumnKind::Dimension
                                                      ? formatDimension(column.name, value)
                                                      : formatMetric(column.name, value));
                if (column.kind == analytics::ColumnKind::Metric) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (const auto number = analytics::numberOf(value)) {
                        item->setData(Qt::UserRole, *number);
                    }
                }
                table->setItem(r, c, item);
            }
        }
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setShowGrid(false);
        return table;
    }
    // Charts: the first column is the dimension (or two for the heatmap), then the metrics, then (when the widget
    // does not show it) the games behind each row, for the hover.
    const std::size_t dims = w.type == templates::WidgetType::Heatmap ? 2 : 1;
    std::optional<std::size_t> gamesColumn;
    for (std::size_t c = dims; c < t.columns.size(); ++c) {
        if (t.columns[c].name == "games") {
            gamesColumn = c;
        }
    }
    std::vector<int> games;
    if (gamesColumn) {
        for (const auto& row : t.rows) {
            games.push_back(static_cast<int>(analytics::numberOf(row[*gamesColumn]).value_or(0)));
        }
    }
    const bool gamesShown = std::find(w.metrics.begin(), w.metrics.end(), "games") != w.metrics.end();
    std::size_t metricColumns = t.columns.size();
    if (gamesColumn && !gamesShown && *gamesColumn == t.columns.size() - 1) {
        metricColumns -= 1; // the helper column is not a series
    }
    if (w.type == templates::WidgetType::Heatmap) {
        std::vector<analytics::Value> rowKeys;
        std::vector<analytics::Value> columnKeys;
        auto indexOf = [](std::vector<analytics::Value>& keys, const analytics::Value& v) {
            const auto it = std::find(keys.begin(), keys.end(), v);
            if (it != keys.end()) {
                return static_cast<std::size_t>(it - keys.begin());
            }
            keys.push_back(v);
            return keys.size() - 1;
        };
        // Hours always show 0..23, weekdays 1..7, so gaps read as "no games".
        const auto fill = [&](const std::string& dimension, std::vector<analytics::Value>& keys) {
            if (dimension == "hour") {
                for (std::int64_t h = 0; h < 24; ++h) {
                    keys.emplace_back(h);
                }
            } else if (dimension == "weekday") {
                for (std::int64_t d = 1; d <= 7; ++d) {
                    keys.emplace_back(d);
                }
            }
        };
        fill(w.by[0], rowKeys);
        fill(w.by[1], columnKeys);
        std::map<std::pair<std::size_t, std::size_t>, double> cells;
        std::map<std::pair<std::size_t, std::size_t>, int> cellGames;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            if (const auto v = analytics::numberOf(row[dims])) {
                const std::pair<std::size_t, std::size_t> at{indexOf(rowKeys, row[0]), indexOf(columnKeys, row[1])};
                cells[at] = *v;
                if (r < games.size()) {
                    cellGames[at] = games[r];
                }
            }
        }
        std::vector<std::vector<std::optional<double>>> values(rowKeys.size(),
                                                               std::vector<std::optional<double>>(columnKeys.size()));
        for (const auto& [at, v] : cells) {
            values[at.first][at.second] = v;
        }
        QStringList rowLabels;
        QStringList columnLabels;
        for (const auto& key : rowKeys) {
            rowLabels << formatDimension(w.by[0], key);
        }
        for (const auto& key : columnKeys) {
            columnLabels << formatDimension(w.by[1], key);
        }
        auto* chart = new HeatmapChart(this);
        chart->setData(rowLabels, columnLabels, std::move(values), formatterFor(metric));
        for (const auto& [at, count] : cellGames) {
            chart->setGames(static_cast<int>(at.first), static_cast<int>(at.second), count);
        }
        connect(chart, &HeatmapChart::cellClicked, this,
                [this, rowKeys, columnKeys, rowLabels, columnLabels](int r, int c) {
                    const auto& by = m_widget.by;
                    emit drillDown({{QString::fromStdString(by[0]), filterValue(rowKeys[static_cast<std::size_t>(r)]),
                                     rowLabels.value(r)},
                                    {QString::fromStdString(by[1]),
                                     filterValue(columnKeys[static_cast<std::size_t>(c)]), columnLabels.value(c)}});
                });
        return chart;
    }
    QStringList labels;
    for (const auto& row : t.rows) {
        labels << formatDimension(t.columns[0].name, row[0]);
    }
    std::vector<Series> series;
    for (std::size_t c = dims; c < metricColumns; ++c) {
        Series s;
        s.games = games;
        s.name = metricLabel(t.columns[c].name);
        s.format = formatterFor(t.columns[c].name);
        if (metricUnit(t.columns[c].name) == analytics::Unit::Rate) {
            s.ceiling = 1.0;
        }
        for (const auto& row : t.rows) {
            s.values.push_back(analytics::numberOf(row[c]));
        }
        series.push_back(std::move(s));
    }
    if (w.type == templates::WidgetType::Line || w.type == templates::WidgetType::Rank) {
        if (w.type == templates::WidgetType::Line) {
            series.resize(std::min(series.size(), w.metrics.size())); // not the sort helper column
        }
        auto* chart = new LineChart(this);
        if (w.type == templates::WidgetType::Rank) {
            chart->setEmptyText(tr("No rank history yet: each sync records your rank and LP."));
        }
        // Days, weeks and months stand on a time scale (a week without games is a gap, not a skipped step).
        std::vector<qint64> times;
        for (const auto& row : t.rows) {
            if (const auto when = periodStart(t.columns[0].name, row[0])) {
                times.push_back(*when);
            }
        }
        const bool increasing = std::is_sorted(times.begin(), times.end());
        chart->setData(labels, std::move(series),
                       times.size() == t.rows.size() && increasing ? std::move(times) : std::vector<qint64>{});
        return chart;
    }
    Series first = series.empty() ? Series{} : series.front();
    std::vector<analytics::Value> keys;
    for (const auto& row : t.rows) {
        keys.push_back(row[0]);
    }
    ChartView* chart = nullptr;
    if (w.type == templates::WidgetType::Pie) {
        auto* pie = new PieChart(this);
        pie->setData(labels, std::move(first));
        chart = pie;
    } else {
        auto* bars = new BarChart(this);
        bars->setData(labels, std::move(first));
        chart = bars;
    }
    if (t.rows.empty() && w.minGames > 1) { // games there may be, but no group reaches the widget's minimum
        chart->setEmptyText(tr("No %1 with %n games or more in this period", nullptr, w.minGames)
                                .arg(w.by.empty() ? QString() : dimensionLabel(w.by[0]).toLower()));
    }
    connect(chart, &ChartView::categoryClicked, this, [this, keys, labels](int index) {
        if (index >= 0 && static_cast<std::size_t>(index) < keys.size() && !m_widget.by.empty()) {
            emit drillDown({{QString::fromStdString(m_widget.by[0]), filterValue(keys[static_cast<std::size_t>(index)]),
                             labels.value(index)}});
        }
    });
    return chart;
}

} // namespace herald::ui
