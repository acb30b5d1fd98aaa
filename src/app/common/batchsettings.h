#pragma once
#include "app/common/settingsstore.h" // TODO(shell): remove once mainwindow uses AppSettings
