#include "dashboardview.h"

#include "format.h"
#include "gamedata/gamedata.h"
#include "widgetframe.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

constexpr int kRowHeight = 64; // one grid row, in pixels

QComboBox* makeCombo(QWidget* parent, const QString& tooltip) {
    auto* combo = new QComboBox(parent);
    combo->setToolTip(tooltip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

DashboardView::DashboardView(const std::filesystem::path& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_loader(new DashboardLoader(databasePath))
    , m_thread(new QThread(this))
    , m_templatePicker(makeCombo(this, tr("Dashboard template")))
    , m_description(new QLabel(this))
    , m_queue(makeCombo(this, tr("Queue")))
    , m_period(makeCombo(this, tr("Period")))
    , m_role(makeCombo(this, tr("Role")))
    , m_champion(makeCombo(this, tr("Champion")))
    , m_patch(makeCombo(this, tr("Patch")))
    , m_canvas(new QWidget)
    , m_grid(new QGridLayout(m_canvas)) {
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &DashboardView::requestLoad, m_loader, &DashboardLoader::load, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::widgetReady, this, &DashboardView::onWidgetReady, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::cacheStats, this, &DashboardView::cacheStats, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::choicesReady, this,
            [this](const QStringList& champions, const QStringList& patches) {
                const QString champion = m_champion->currentData().toString();
                const QString patch = m_patch->currentData().toString();
                QSignalBlocker a(m_champion);
                QSignalBlocker b(m_patch);
                m_champion->clear();
                m_champion->addItem(tr("All champions"), QString());
                for (const QString& key : champions) {
                    const auto* c = gamedata::GameData::builtin().championByKey(key.toStdString());
                    m_champion->addItem(c != nullptr ? QString::fromStdString(c->name) : key, key);
                }
                m_patch->clear();
                m_patch->addItem(tr("All patches"), QString());
                for (auto it = patches.rbegin(); it != patches.rend(); ++it) {
                    m_patch->addItem(tr("Patch %1").arg(*it), *it);
                }
                m_champion->setCurrentIndex(std::max(0, m_champion->findData(champion)));
                m_patch->setCurrentIndex(std::max(0, m_patch->findData(patch)));
            });
    m_thread->setObjectName(QStringLiteral("DashboardLoader"));
    m_thread->start();

    m_queue->addItem(tr("All queues"), QString());
    for (const int queue : {420, 440, 400, 430, 490, 450, 1700, 1900}) {
        m_queue->addItem(QString::fromStdString(gamedata::GameData::builtin().queueName(queue)),
                         QString::number(queue));
    }
    m_period->addItem(tr("Template's period"), QString());
    m_period->addItem(tr("Last 7 days"), QStringLiteral("-7d"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("-30d"));
    m_period->addItem(tr("Last 90 days"), QStringLiteral("-90d"));
    m_period->addItem(tr("Last 180 days"), QStringLiteral("-180d"));
    m_period->addItem(tr("Last 365 days"), QStringLiteral("-365d"));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    m_role->addItem(tr("All roles"), QString());
    for (const char* role : {"TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY"}) {
        m_role->addItem(formatDimension("role", analytics::Value(std::string(role))), QString::fromLatin1(role));
    }
    m_champion->addItem(tr("All champions"), QString());
    m_patch->addItem(tr("All patches"), QString());

    auto* header = new QHBoxLayout;
    m_templatePicker->setObjectName(QStringLiteral("templatePicker"));
    header->addWidget(m_templatePicker);
    m_description->setObjectName(QStringLiteral("pageSubtitle"));
    header->addWidget(m_description, 1);
    auto* filters = new QHBoxLayout;
    for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reload(m_dataVersion); });
    }
    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    connect(reset, &QToolButton::clicked, this, [this] {
        for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
            QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        reload(m_dataVersion);
    });
    filters->addWidget(reset);
    filters->addStretch(1);
    connect(m_templatePicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current = index;
        rebuildGrid();
        reload(m_dataVersion);
    });

    m_grid->setSpacing(12);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);
}

DashboardView::~DashboardView() {
    m_loader->latest() = ~quint64{0}; // the running load stops at its next widget
    m_thread->quit();
    m_thread->wait();
}

void DashboardView::setTemplates(std::vector<templates::Template> list) {
    const QString selected = currentTemplate() != nullptr ? QString::fromStdString(currentTemplate()->id) : QString();
    m_templates = std::move(list);
    QSignalBlocker block(m_templatePicker);
    m_templatePicker->clear();
    for (const auto& t : m_templates) {
        m_templatePicker->addItem(QString::fromStdString(t.name), QString::fromStdString(t.id));
    }
    m_current = m_templates.empty() ? -1 : std::max(0, m_templatePicker->findData(selected));
    m_templatePicker->setCurrentIndex(m_current);
    rebuildGrid();
}

bool DashboardView::selectTemplate(const QString& id) {
    const int index = m_templatePicker->findData(id);
    if (index < 0) {
        return false;
    }
    if (index == m_current) {
        return true;
    }
    m_templatePicker->setCurrentIndex(index); // rebuilds and reloads
    return true;
}

const templates::Template* DashboardView::currentTemplate() const {
    return m_current >= 0 && m_current < static_cast<int>(m_templates.size())
               ? &m_templates[static_cast<std::size_t>(m_current)]
               : nullptr;
}

void DashboardView::setTimeZone(const QString& zone) {
    m_timeZone = zone.toStdString();
}

void DashboardView::setPlayers(const QStringList& puuids) {
    m_puuids.clear();
    for (const QString& puuid : puuids) {
        m_puuids.push_back(puuid.toStdString());
    }
}

templates::Filters DashboardView::barFilters() const {
    templates::Filters filters;
    const std::pair<const char*, QComboBox*> controls[] = {
        {"queue", m_queue}, {"since", m_period}, {"role", m_role}, {"champion", m_champion}, {"patch", m_patch}};
    for (const auto& [key, combo] : controls) {
        const QString value = combo->currentData().toString();
        if (!value.isEmpty()) {
            filters[key] = {value.toStdString()};
        }
    }
    return filters;
}

void DashboardView::setBarFilter(const QString& key, const QString& value) {
    const std::pair<QLatin1String, QComboBox*> controls[] = {{QLatin1String("queue"), m_queue},
                                                             {QLatin1String("since"), m_period},
                                                             {QLatin1String("role"), m_role},
                                                             {QLatin1String("champion"), m_champion},
                                                             {QLatin1String("patch"), m_patch}};
    for (const auto& [name, combo] : controls) {
        if (key == name) {
            int index = combo->findData(value);
            if (index < 0 && !value.isEmpty()) {
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index)); // reloads
        }
    }
}

QString DashboardView::periodText() const {
    const auto filters = barFilters();
    std::string since;
    if (const auto it = filters.find("since"); it != filters.end()) {
        since = it->second.front();
    } else if (const auto* t = currentTemplate(); t != nullptr && t->filters.count("since") != 0) {
        since = t->filters.at("since").front();
    }
    if (since.size() >= 3 && since[0] == '-') {
        const QString count = QString::fromStdString(since.substr(1, since.size() - 2));
        return since.back() == 'w' ? tr("%1 weeks").arg(count) : tr("%1 days").arg(count);
    }
    return tr("period");
}

void DashboardView::rebuildGrid() {
    for (WidgetFrame* frame : m_frames) {
        m_grid->removeWidget(frame);
        frame->deleteLater();
    }
    m_frames.clear();
    const auto* t = currentTemplate();
    m_description->setText(t != nullptr ? QString::fromStdString(t->description) : QString());
    if (t == nullptr) {
        return;
    }
    int rows = 0;
    for (const auto& w : t->widgets) {
        auto* frame = new WidgetFrame(w, m_canvas);
        m_grid->addWidget(frame, w.y, w.x, w.h, w.w);
        m_frames.push_back(frame);
        rows = std::max(rows, w.y + w.h);
    }
    for (int c = 0; c < t->columns; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    for (int r = 0; r < rows; ++r) {
        m_grid->setRowMinimumHeight(r, kRowHeight);
        m_grid->setRowStretch(r, 0);
    }
}

void DashboardView::reload(std::uint64_t dataVersion) {
    m_dataVersion = dataVersion;
    const auto* t = currentTemplate();
    if (t == nullptr || m_puuids.empty()) {
        return;
    }
    DashboardRequest request;
    request.dashboard = *t;
    request.puuids = m_puuids;
    request.extra = barFilters();
    if (const auto it = request.extra.find("since"); it != request.extra.end() && it->second.front() == "all") {
        request.extra.erase(it);
        request.dashboard.filters.erase("since"); // all time: the template's period goes too
    }
    request.dataVersion = dataVersion;
    request.timeZone = m_timeZone;
    m_generation = ++m_loader->latest();
    m_pending = static_cast<int>(t->widgets.size());
    m_timer.start();
    for (WidgetFrame* frame : m_frames) {
        if (!frame->hasData()) {
            frame->showLoading();
        }
    }
    emit requestLoad(m_generation, request);
}

void DashboardView::onWidgetReady(quint64 generation, const QString& widgetId, const WidgetDataPtr& result) {
    if (generation != m_generation) {
        return;
    }
    for (WidgetFrame* frame : m_frames) {
        if (QString::fromStdString(frame->widget().id) == widgetId) {
            frame->setData(*result, periodText());
        }
    }
    if (--m_pending == 0) {
        emit loaded(m_timer.elapsed());
    }
}

} // namespace herald::ui
